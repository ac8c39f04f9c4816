using KetamineInfo.Content.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace KetamineInfo.Content.Yaml;

/// <summary>
/// Loads untrusted YAML into a node tree. Anchors and aliases are refused before the tree is built, so a
/// "billion laughs" file costs one pass over its events; nesting and size are bounded the same way.
/// </summary>
internal static class SafeYaml
{
    private const int MaxDepth = 16;
    private const int MaxEvents = 100_000;

    /// <param name="lineOffset">Lines before the YAML in its file (front matter starts after <c>---</c>).</param>
    public static YamlNode? Load(string yaml, DiagnosticBag bag, int lineOffset = 0)
    {
        try
        {
            if (!IsSafe(yaml, bag, lineOffset))
            {
                return null;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            var (line, column) = (ToLine(ex.Start.Line, lineOffset), ToColumn(ex.Start.Column));
            bag.Add(DiagnosticCodes.YamlSyntax, line, column, InPlainWords(ex, CharAt(yaml, ex.Start), line, column));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these for some malformed input (an unclosed [ at the end, say).
            bag.Add(DiagnosticCodes.YamlSyntax, lineOffset + 1, 1, "the YAML could not be read: check for an unclosed bracket or quote");
            return null;
        }
    }

    private static bool IsSafe(string yaml, DiagnosticBag bag, int lineOffset)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        var events = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            var refused =
                current is AnchorAlias ? "YAML aliases (*name) are not allowed"
                : current is NodeEvent { Anchor.IsEmpty: false } ? "YAML anchors (&name) are not allowed"
                : ++events > MaxEvents ? $"the YAML is too large (more than {MaxEvents} items)"
                : null;
            depth += current.NestingIncrease;
            if (refused is null && depth > MaxDepth)
            {
                refused = $"the YAML is nested more than {MaxDepth} levels deep";
            }

            if (refused is not null)
            {
                bag.Add(DiagnosticCodes.YamlAlias, ToLine(current.Start.Line, lineOffset), ToColumn(current.Start.Column), refused);
                return false;
            }
        }

        return true;
    }

    private static int ToLine(long yamlLine, int lineOffset) => (int)Math.Max(1, yamlLine) + lineOffset;

    private static int ToColumn(long yamlColumn) => (int)Math.Max(1, yamlColumn);

    // Editors are not YAML experts: the commonest slip, a quote left open, is said in their words.
    private static string InPlainWords(YamlException ex, char? opened, int line, int column)
    {
        var message = FirstLine(ex);
        var quote = message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase) && opened is '"' or '\'' ? opened.ToString() : null;
        return quote is null
            ? message
            : $"the quote ({quote}) opened at {line}:{column} is never closed: add {quote} at the end of the value, or remove the opening one";
    }

    /// <summary>The character at a YamlDotNet position (1-based line and column), if there is one.</summary>
    private static char? CharAt(string yaml, Mark mark)
    {
        var lines = yaml.Split('\n');
        return mark.Line >= 1 && mark.Line <= lines.Length && mark.Column >= 1 && mark.Column <= lines[mark.Line - 1].Length
            ? lines[mark.Line - 1][(int)mark.Column - 1]
            : null;
    }

    // YamlDotNet prefixes messages with the position, which the diagnostic already carries.
    private static string FirstLine(YamlException ex)
    {
        var message = (ex.InnerException?.Message ?? ex.Message).Split('\n')[0].Trim();
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
