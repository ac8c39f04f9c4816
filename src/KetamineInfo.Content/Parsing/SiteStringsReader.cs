using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace KetamineInfo.Content.Parsing;

/// <summary>
/// Reads <c>strings/en.yml</c>: groups of <c>key: words</c>, flattened to <c>group.key</c>. Every key the site uses
/// must be there, with the same <c>{placeholders}</c> as the shipped file; an unknown key is an error with a hint.
/// Returns null when the file cannot be used, so the last good words stay.
/// </summary>
internal static class SiteStringsReader
{
    /// <summary>
    /// The words shipped with this build (the same file, embedded): what every key means, which placeholders it
    /// takes, and the words used while content/strings/en.yml is missing or has never loaded.
    /// </summary>
    public static SiteStrings Shipped { get; } = ReadShipped();

    private static SiteStrings ReadShipped()
    {
        using var stream = typeof(SiteStringsReader).Assembly.GetManifestResourceStream("KetamineInfo.strings.en.yml")
            ?? throw new InvalidOperationException("the build did not embed content/strings/en.yml");
        using var reader = new StreamReader(stream);
        var bag = new DiagnosticBag(SiteStrings.FileName);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (SafeYaml.Load(reader.ReadToEnd(), bag) is YamlMappingNode root)
        {
            foreach (var (group, node) in root.Children)
            {
                foreach (var (key, value) in ((YamlMappingNode)node).Children)
                {
                    values[$"{((YamlScalarNode)group).Value}.{((YamlScalarNode)key).Value}"] = ((YamlScalarNode)value).Value ?? string.Empty;
                }
            }
        }

        return bag.HasErrors || values.Count == 0
            ? throw new InvalidOperationException($"the embedded strings/en.yml does not read: {string.Join("; ", bag.Items.Select(d => d.Message))}")
            : new SiteStrings(values);
    }

    /// <summary>
    /// Reads one language's words. With <paramref name="partial"/> (a translation's file, <c>strings/es.yml</c>) a missing
    /// group or key is no error: the result holds only the keys present, and <see cref="SiteStrings.Over"/> fills in the rest
    /// with the English. Unknown keys and lost placeholders are errors either way.
    /// </summary>
    public static SiteStrings? Read(string yaml, DiagnosticBag bag, SiteStrings expected, bool partial = false)
    {
        if (YamlMappingReader.For(SafeYaml.Load(yaml, bag), bag, 0, SiteStrings.FileName) is not { } root)
        {
            return null;
        }

        var groups = expected.Values.Keys.Select(k => k[..k.IndexOf('.', StringComparison.Ordinal)]).Distinct().ToArray();
        root.RejectUnknownKeys(groups, SiteStrings.FileName);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            if (root.Node(group) is null)
            {
                if (partial)
                {
                    continue;
                }

                bag.Add(DiagnosticCodes.MissingKey, root.Line, root.Column, $"'{group}' is missing: it holds the words for {string.Join(", ", expected.Values.Keys.Where(k => k.StartsWith(group + ".", StringComparison.Ordinal)).Take(3))}, …");
                continue;
            }

            if (YamlMappingReader.For(root.Node(group), bag, 0, group) is not { } map)
            {
                continue;
            }

            var keys = expected.Values.Keys.Where(k => k.StartsWith(group + ".", StringComparison.Ordinal)).Select(k => k[(group.Length + 1)..]).ToArray();
            map.RejectUnknownKeys(keys, group);
            foreach (var key in keys)
            {
                var full = $"{group}.{key}";
                if (map.String(key, required: !partial, maxLength: 600) is not { } text)
                {
                    continue;
                }

                var want = SiteStrings.PlaceholdersIn(expected[full]).Order(StringComparer.Ordinal);
                var have = SiteStrings.PlaceholdersIn(text).Order(StringComparer.Ordinal);
                if (!want.SequenceEqual(have))
                {
                    var (line, column) = map.PositionOf(key);
                    var names = SiteStrings.PlaceholdersIn(expected[full]).Select(p => "{" + p + "}").ToList();
                    bag.Add(DiagnosticCodes.ValueOutOfRange, line, column, names.Count == 0
                        ? $"'{full}' takes no {{placeholders}}: write the words out"
                        : $"'{full}' must keep {string.Join(" and ", names)} (and no others), which the site fills in");
                    continue;
                }

                values[full] = text;
            }
        }

        return bag.HasErrors ? null : new SiteStrings(values);
    }
}
