using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace KetamineInfo.Content.Parsing;

/// <summary>Reads glossary.yml: a list of terms, each with optional aliases and a plain definition.</summary>
internal static class GlossaryReader
{
    private static readonly string[] Fields = ["term", "aliases", "definition"];

    public static IReadOnlyList<GlossaryTerm> Read(string yaml, DiagnosticBag bag)
    {
        var terms = new List<GlossaryTerm>();
        var node = SafeYaml.Load(yaml, bag);
        if (node is not YamlSequenceNode list)
        {
            if (node is not null)
            {
                bag.Add(DiagnosticCodes.WrongType, (int)node.Start.Line, (int)node.Start.Column, "glossary.yml must be a list of '- term: …' entries");
            }

            return terms.AsReadOnly();
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            if (YamlMappingReader.For(item, bag, 0, "a glossary entry") is not { } entry)
            {
                continue;
            }

            entry.RejectUnknownKeys(Fields, "glossary");
            var term = entry.String("term", required: true, maxLength: 80);
            var definition = entry.String("definition", required: true, maxLength: 600);
            var aliases = entry.StringList("aliases");
            if (term is null || definition is null)
            {
                continue;
            }

            var id = Slug.FromText(term);
            if (!ids.Add(id))
            {
                bag.Add(DiagnosticCodes.DuplicateSlug, entry.Line, entry.Column, $"the glossary defines '{term}' twice");
                continue;
            }

            terms.Add(new GlossaryTerm(id, term, aliases, definition));
        }

        terms.Sort((a, b) => string.Compare(a.Term, b.Term, StringComparison.OrdinalIgnoreCase));
        return terms.AsReadOnly();
    }
}
