using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Parsing;

namespace KetamineInfo.Content.Rules;

/// <summary>
/// KI0123 and KI0124: decides, for each article, whether a clinician's sign-off still holds for the words
/// readers see. The newest sign-off holds while the fingerprint matches; after a change, it holds only if every
/// <c>changes:</c> entry dated on or after it is editorial. A clinical change or correction voids it (readers are
/// told the page changed since its review). A change with no entry at all is an error on the sign-off in
/// reviews.yml, so <c>check</c> fails, while the page stays up and says it changed since it was reviewed.
/// </summary>
internal sealed class ClinicalReviews(IReadOnlyList<SignOff> signOffs, IReadOnlyList<Reviewer> reviewers, DiagnosticBag ledger) : IContentRule
{
    private readonly Dictionary<string, Reviewer> _reviewers = reviewers.ToDictionary(r => r.Key, StringComparer.Ordinal);

    public IReadOnlyList<DiagnosticCode> Codes => [DiagnosticCodes.ChangedAfterSignOff, DiagnosticCodes.BadSignOff];

    /// <summary>Sign-offs that name an article, page or reviewer that does not exist.</summary>
    public void CheckLedger(IReadOnlyCollection<string> articleSlugs, IReadOnlyCollection<string>? pageSlugs = null)
    {
        foreach (var signOff in signOffs)
        {
            var (kind, slugs) = signOff.IsPage ? ("page", pageSlugs ?? []) : ("article", articleSlugs);
            if (!slugs.Contains(signOff.Slug))
            {
                var hint = Suggest.Closest(signOff.Slug, slugs, ledger);
                ledger.Add(DiagnosticCodes.BadSignOff, signOff.Line, signOff.Column,
                    $"no {kind} '{signOff.Slug}'" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"));
            }

            if (!_reviewers.ContainsKey(signOff.Reviewer))
            {
                var hint = Suggest.Closest(signOff.Reviewer, _reviewers.Keys, ledger);
                ledger.Add(DiagnosticCodes.BadSignOff, signOff.Line, signOff.Column,
                    $"no reviewer '{signOff.Reviewer}' in reviewers.yml" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"));
            }
        }
    }

    public ReviewStatus StatusOf(SourceDocument document, IReviewedMetadata metadata, RenderedBody? body = null)
    {
        var isPage = metadata is InfoPageMetadata;
        var latest = signOffs
            .Where(s => s.IsPage == isPage && s.Slug == metadata.Slug && _reviewers.ContainsKey(s.Reviewer))
            .OrderBy(s => s.Date).ThenBy(s => s.Line)
            .LastOrDefault();
        if (latest is null)
        {
            return ReviewStatus.NotReviewed;
        }

        var reviewer = _reviewers[latest.Reviewer];
        if (ClinicalFingerprint.Of(document, metadata, body) == latest.Fingerprint)
        {
            return new ReviewStatus(ReviewState.Reviewed, latest, reviewer);
        }

        var since = metadata.Changes.Where(c => c.Date >= latest.Date).ToList();
        if (since.Count == 0)
        {
            ledger.Add(DiagnosticCodes.ChangedAfterSignOff, latest.Line, latest.Column,
                $"{document.Path} changed after it was signed off on {latest.Date:yyyy-MM-dd}, and no changes: entry dated on or after that day records it: add one to its front matter (kind: editorial keeps the sign-off; clinical or correction means it needs a new review)");
            return new ReviewStatus(ReviewState.ChangedSinceReview, latest, reviewer);
        }

        return since.Exists(c => c.Clinical)
            ? new ReviewStatus(ReviewState.ChangedSinceReview, latest, reviewer)
            : new ReviewStatus(ReviewState.Reviewed, latest, reviewer);
    }
}
