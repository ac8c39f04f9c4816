using System.Text;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KetamineInfo.Content.Rules;

/// <summary>
/// KI0208: a rated claim must be worded as its rating allows — "probably" for moderate certainty, "may" or
/// "might" for low, "we are very unsure" for very low (only high may say "results in"). A marker whose level
/// is not a GRADE level, or that does not say who rated it, is KI0105.
/// </summary>
internal sealed class CertaintyWordingRule : IFileRule
{
    private static readonly Dictionary<string, string[]> Wording = new(StringComparer.Ordinal)
    {
        ["moderate"] = ["probably", "likely"],
        ["low"] = ["may ", "might "],
        ["very-low"] = ["very unsure"],
    };

    // The same rule in a Spanish translation's words.
    private static readonly Dictionary<string, string[]> SpanishWording = new(StringComparer.Ordinal)
    {
        ["moderate"] = ["probablemente", "es probable"],
        ["low"] = ["puede ", "pueden ", "podría", "quizás", "tal vez"],
        ["very-low"] = ["muy poco seguros", "muy inseguros"],
    };

    public IReadOnlyList<DiagnosticCode> Codes => [DiagnosticCodes.CertaintyWording, DiagnosticCodes.WrongType];

    public void Check(RuleInput file)
    {
        // One pass over each paragraph's text, however many markers it holds (the cost stays linear in the file).
        foreach (var paragraph in file.Document.Syntax.Descendants<LeafBlock>().Where(b => b.Inline is not null))
        {
            var text = new StringBuilder();
            foreach (var inline in paragraph.Inline!.Descendants<Inline>())
            {
                if (inline is LiteralInline literal)
                {
                    text.Append(literal.Content.AsSpan());
                }
                else if (inline is CertaintyInline marker)
                {
                    Check(file, marker, text, file.Metadata is Model.TranslationMetadata { Language: "es" } ? SpanishWording : Wording);
                }
            }
        }
    }

    private static void Check(RuleInput file, CertaintyInline marker, StringBuilder before, Dictionary<string, string[]> wording)
    {
        var (line, column) = (marker.Line + 1, marker.Column + 1);
        if (marker.Level is not { } level || marker.RatedBy.Length == 0)
        {
            file.Diagnostics.Add(DiagnosticCodes.WrongType, line, column,
                $"'{marker.Source}' needs a level ({string.Join(", ", CertaintyExtension.Levels.Keys)}) and who rated it, like {{certainty low the Cochrane review, 2021}}");
            return;
        }

        if (wording.TryGetValue(level, out var words) && SentenceBefore(before) is var sentence
            && !words.Any(w => sentence.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            file.Diagnostics.Add(DiagnosticCodes.CertaintyWording, line, column,
                $"this claim is rated {level.Replace('-', ' ')} certainty, so say so in its wording: use {string.Join(" or ", words.Select(w => $"'{w.Trim()}'"))}");
        }
    }

    // The sentence the marker follows: from the last full stop before it, looking back at most MaxSentence
    // characters (a sentence longer than that is read from its end).
    private static string SentenceBefore(StringBuilder before)
    {
        const int MaxSentence = 1000;
        var start = Math.Max(0, before.Length - MaxSentence);
        var trimmed = before.ToString(start, before.Length - start).TrimEnd().TrimEnd('.');
        var stop = trimmed.LastIndexOfAny(['.', '!', '?']);
        return stop < 0 ? trimmed : trimmed[(stop + 1)..];
    }
}
