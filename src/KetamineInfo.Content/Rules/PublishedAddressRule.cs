using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;

namespace KetamineInfo.Content.Rules;

/// <summary>
/// Links people have shared must keep working. <c>published.txt</c> lists every article and page address the site has
/// given readers (<c>check</c> adds new ones; commit it with the content); an address that no article, page or alias
/// answers any more is reported where it is listed. Catches a renamed file even when no other page links to it.
/// </summary>
public sealed class PublishedAddressRule : IContentRule
{
    public const string FileName = "published.txt";

    public IReadOnlyList<DiagnosticCode> Codes => [DiagnosticCodes.PublishedAddressGone];

    /// <summary>The address readers use for an article.</summary>
    public static string ArticleAddress(string slug) => SitePaths.Article(slug);

    /// <summary>The address readers use for a standalone page.</summary>
    public static string PageAddress(string slug) => SitePaths.Page(slug);

    /// <summary>The addresses listed in the file's text, each with its line (comments and blank lines skipped).</summary>
    public static IEnumerable<(string Address, int Line)> Read(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                yield return (line, i + 1);
            }
        }
    }

    /// <summary>A warning for each listed address that nothing answers now.</summary>
    public static IEnumerable<Diagnostic> Check(string? text, string displayPath, Func<string, bool> answers)
    {
        if (text is null)
        {
            yield break;
        }

        foreach (var (address, line) in Read(text))
        {
            if (answers(address))
            {
                continue;
            }

            var name = address[(address.LastIndexOf('/') + 1)..];
            var fix = address.StartsWith(SitePaths.ArticlesFolder, StringComparison.Ordinal)
                ? $"add 'aliases: [{name}]' to the front matter of the article that replaced it"
                : $"name the page's file {name}.md again (pages have no aliases)";
            yield return Diagnostic.Create(DiagnosticCodes.PublishedAddressGone, new SourceLocation(displayPath, line, 1),
                $"{address} was published, but no article, page or alias answers it now: {fix}, or delete this line if the page was withdrawn on purpose");
        }
    }
}
