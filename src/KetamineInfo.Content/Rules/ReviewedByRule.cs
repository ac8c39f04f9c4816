using KetamineInfo.Content.Diagnostics;

namespace KetamineInfo.Content.Rules;

/// <summary>KI0203: an article with no <c>reviewed_by</c> yet; the page tells readers it awaits clinical review.</summary>
internal sealed class ReviewedByRule : IFileRule
{
    public IReadOnlyList<DiagnosticCode> Codes => [DiagnosticCodes.NotReviewed];

    public void Check(RuleInput file)
    {
        if (file.Article is { ReviewedBy: null })
        {
            file.Diagnostics.Add(DiagnosticCodes.NotReviewed, 1, 1, "no reviewed_by yet: the page tells readers it is awaiting clinical review");
        }
    }
}
