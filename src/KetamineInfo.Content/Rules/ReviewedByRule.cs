using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;

namespace KetamineInfo.Content.Rules;

/// <summary>KI0203: an article no clinician's sign-off holds for; the page tells readers so.</summary>
internal sealed class ReviewedByRule : IFileRule
{
    public IReadOnlyList<DiagnosticCode> Codes => [DiagnosticCodes.NotReviewed];

    public void Check(RuleInput file)
    {
        if (file.Metadata is null || file.Review is not { } review || review.State == ReviewState.Reviewed)
        {
            return;
        }

        file.Diagnostics.Add(DiagnosticCodes.NotReviewed, 1, 1, review.State == ReviewState.NotReviewed
            ? $"no clinician has signed this {(file.IsPage ? "page" : "article")} off: the page tells readers it is not yet reviewed by a clinician"
            : $"changed since it was signed off on {review.SignOff!.Date:yyyy-MM-dd}: the page tells readers it awaits re-review");
    }
}
