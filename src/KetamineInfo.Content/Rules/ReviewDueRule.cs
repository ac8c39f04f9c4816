using System.Text.RegularExpressions;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Text;

namespace KetamineInfo.Content.Rules;

/// <summary>
/// KI0113 and KI0202: an article's <c>next_review</c> has passed, or falls within 30 days. Both are warnings:
/// a date never takes a page down (readers see a notice instead).
/// </summary>
internal sealed class ReviewDueRule : IFileRule
{
    public const int DueSoonDays = 30;

    public IReadOnlyList<DiagnosticCode> Codes => [DiagnosticCodes.ReviewOverdue, DiagnosticCodes.ReviewDueSoon];

    public void Check(RuleInput file)
    {
        if (file.Metadata is not { } metadata)
        {
            return;
        }

        var (line, column) = LineOfKey(file.Document.Text, "next_review");
        if (metadata.NextReview < file.Settings.Today)
        {
            file.Diagnostics.Add(DiagnosticCodes.ReviewOverdue, line, column, $"next_review {metadata.NextReview:yyyy-MM-dd} has passed: review the page and set new dates");
        }
        else if (metadata.NextReview <= file.Settings.Today.AddDays(DueSoonDays))
        {
            file.Diagnostics.Add(DiagnosticCodes.ReviewDueSoon, line, column, $"next_review {metadata.NextReview:yyyy-MM-dd} is within {DueSoonDays} days");
        }
    }

    private static (int Line, int Column) LineOfKey(string text, string key)
    {
        var match = Regex.Match(text, $@"^{Regex.Escape(key)}\s*:", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        return match.Success ? new LineCursor(text).MoveTo(match.Index) : (1, 1);
    }
}
