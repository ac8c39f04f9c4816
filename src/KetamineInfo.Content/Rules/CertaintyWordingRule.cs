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

    public IReadOnlyList<DiagnosticCode> Codes => [DiagnosticCodes.CertaintyWording, DiagnosticCodes.WrongType];

    public void Check(RuleInput file)
    {
        foreach (var marker in file.Document.Syntax.Descendants<CertaintyInline>())
        {
            var (line, column) = (marker.Line + 1, marker.Column + 1);
            if (marker.Level is not { } level || marker.RatedBy.Length == 0)
            {
                file.Diagnostics.Add(DiagnosticCodes.WrongType, line, column,
                    $"'{marker.Source}' needs a level ({string.Join(", ", CertaintyExtension.Levels.Keys)}) and who rated it, like {{certainty low the Cochrane review, 2021}}");
                continue;
            }

            if (Wording.TryGetValue(level, out var words) && SentenceBefore(marker) is var sentence
                && !words.Any(w => sentence.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                file.Diagnostics.Add(DiagnosticCodes.CertaintyWording, line, column,
                    $"this claim is rated {level.Replace('-', ' ')} certainty, so say so in its wording: use {string.Join(" or ", words.Select(w => $"'{w.Trim()}'"))}");
            }
        }
    }

    // The text of the sentence the marker follows (from the last full stop before it, within its paragraph).
    private static string SentenceBefore(CertaintyInline marker)
    {
        var parent = marker.Parent;
        while (parent?.Parent is not null)
        {
            parent = parent.Parent;
        }

        var text = string.Concat(parent!.Descendants<LiteralInline>().TakeWhile(l => l.Span.Start < marker.Span.Start).Select(l => l.Content.ToString()));
        var trimmed = text.TrimEnd().TrimEnd('.');
        var stop = trimmed.LastIndexOfAny(['.', '!', '?']);
        return stop < 0 ? trimmed : trimmed[(stop + 1)..];
    }
}
