using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// Numbers an article's references in order of first citation and points every marker at its number.
/// Unknown keys are reported where they stand, with the closest known key as a hint.
/// </summary>
internal static class CitationNumbering
{
    public static (IReadOnlyList<CitedReference> Sources, int Markers) Apply(
        MarkdownDocument document, IReadOnlyDictionary<string, Reference> references, DiagnosticBag bag)
    {
        var sources = new List<CitedReference>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var markers = 0;
        foreach (var citation in document.Descendants<CitationInline>())
        {
            markers += citation.Keys.Count;
            var (line, column) = (citation.Line + 1, citation.Column + 1);
            if (citation.IsMalformed)
            {
                bag.Add(DiagnosticCodes.BadCitation, line, column, $"malformed citation '{citation.Source}': write [@KEY] or [@KEY1; @KEY2]");
                continue;
            }

            var targets = new List<CitationTarget>();
            foreach (var key in citation.Keys)
            {
                if (!references.TryGetValue(key, out var reference))
                {
                    var hint = Suggest.Closest(key, references.Keys, bag);
                    bag.Add(DiagnosticCodes.UnknownReference, line, column,
                        $"unknown reference '{key}'" + (hint is null ? " (add it to references.yml)" : $" (did you mean '{hint}'?)"));
                    continue;
                }

                if (numbers.TryGetValue(key, out var number))
                {
                    targets.Add(new CitationTarget(number, null));
                    continue;
                }

                number = sources.Count + 1;
                numbers[key] = number;
                var anchor = $"cite-{number}";
                sources.Add(new CitedReference(number, reference, anchor));
                targets.Add(new CitationTarget(number, anchor));
            }

            citation.Targets = targets;
            TrimSpaceBefore(citation);
        }

        return (sources.AsReadOnly(), markers);
    }

    // Editors write "a claim [@KEY]." with a space, as in Pandoc; a superscript sits against its word.
    private static void TrimSpaceBefore(CitationInline citation)
    {
        if (citation.PreviousSibling is LiteralInline literal && literal.Content.Length > 0 && literal.Content.PeekCharExtra(literal.Content.Length - 1) == ' ')
        {
            literal.Content = new StringSlice(literal.Content.ToString().TrimEnd(' '));
        }
    }
}
