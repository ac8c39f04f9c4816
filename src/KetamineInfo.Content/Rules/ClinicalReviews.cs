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
internal sealed class ClinicalReviews(IReadOnlyList<SignOff> signOffs, IReadOnlyList<Reviewer> reviewers, DiagnosticBag ledger, Func<SignOff, string?>? signedWords = null) : IContentRule
{
    private readonly List<Diagnostic> _findings = [];

    /// <summary>KI0129s found this load, reported at the changed line of the article or page (which stays up).</summary>
    public IReadOnlyList<Diagnostic> Findings => _findings;

    private readonly Dictionary<string, Reviewer> _reviewers = reviewers.ToDictionary(r => r.Key, StringComparer.Ordinal);

    public IReadOnlyList<DiagnosticCode> Codes => [DiagnosticCodes.ChangedAfterSignOff, DiagnosticCodes.BadSignOff, DiagnosticCodes.EditorialChangedClinicalWords];

    /// <summary>
    /// Sign-offs that name an article, page, translation or reviewer that does not exist, or a translation signed by a
    /// reviewer who does not list its language. <paramref name="translatedSlugs"/> holds each language's translation file
    /// names, by language and whether they are pages.
    /// </summary>
    public void CheckLedger(IReadOnlyCollection<string> articleSlugs, IReadOnlyCollection<string>? pageSlugs = null,
        IReadOnlyDictionary<(string Language, bool IsPage), HashSet<string>>? translatedSlugs = null)
    {
        foreach (var signOff in signOffs)
        {
            var (kind, slugs) = signOff.Language != "en"
                ? ($"{signOff.Language} {(signOff.IsPage ? "page" : "article")} translation", (IReadOnlyCollection<string>?)translatedSlugs?.GetValueOrDefault((signOff.Language, signOff.IsPage)) ?? [])
                : signOff.IsPage ? ("page", pageSlugs ?? []) : ("article", articleSlugs);
            if (!slugs.Contains(signOff.Slug))
            {
                var hint = Suggest.Closest(signOff.Slug, slugs, ledger);
                ledger.Add(DiagnosticCodes.BadSignOff, signOff.Line, signOff.Column,
                    $"no {kind} '{signOff.Slug}'" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"));
            }

            if (!_reviewers.TryGetValue(signOff.Reviewer, out var reviewer))
            {
                var hint = Suggest.Closest(signOff.Reviewer, _reviewers.Keys, ledger);
                ledger.Add(DiagnosticCodes.BadSignOff, signOff.Line, signOff.Column,
                    $"no reviewer '{signOff.Reviewer}' in reviewers.yml" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"));
            }
            else if (!reviewer.Reads(signOff.Language))
            {
                ledger.Add(DiagnosticCodes.BadSignOff, signOff.Line, signOff.Column,
                    $"reviewer '{signOff.Reviewer}' does not list '{signOff.Language}' in languages: a translation is signed off only by a reviewer who reads it and its English (languages: [en, {signOff.Language}] in reviewers.yml)");
            }
        }
    }

    /// <summary>
    /// Whether a sign-off holds for a document's words. A translation (<paramref name="language"/> other than <c>en</c>) has
    /// its own sign-offs, bound to its own words, by a reviewer who reads its language; it never borrows the English one's.
    /// </summary>
    public ReviewStatus StatusOf(SourceDocument document, IReviewedMetadata metadata, RenderedBody? body = null, bool? isPage = null, string language = "en")
    {
        var page = isPage ?? metadata is InfoPageMetadata;
        var latest = signOffs
            .Where(s => s.IsPage == page && s.Language == language && s.Slug == metadata.Slug && _reviewers.TryGetValue(s.Reviewer, out var r) && r.Reads(language))
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
            const string Fix = "add a changes: entry to its front matter (kind: editorial keeps the sign-off; clinical or correction means it needs a new review)";
            // With the copy of the words signed, the error stands at the changed line and shows what changed.
            if (signedWords?.Invoke(latest) is { } copy
                && SignedWordsDiff.AllChanges(copy, ClinicalFingerprint.TextOf(document, metadata, body)) is [var changed, ..])
            {
                var (line, column) = LineOf(document, changed.After ?? changed.Before);
                _findings.Add(Diagnostic.Create(DiagnosticCodes.ChangedAfterSignOff, new SourceLocation(document.Path, line, column),
                    $"changed after it was signed off on {latest.Date:yyyy-MM-dd}: before \"{Short(changed.Before)}\", after \"{Short(changed.After)}\"; no changes: entry records it: {Fix}"));
            }
            else
            {
                ledger.Add(DiagnosticCodes.ChangedAfterSignOff, latest.Line, latest.Column,
                    $"{document.Path} changed after it was signed off on {latest.Date:yyyy-MM-dd}, and no changes: entry dated on or after that day records it: {Fix}");
            }

            return new ReviewStatus(ReviewState.ChangedSinceReview, latest, reviewer);
        }

        if (since.Exists(c => c.Clinical))
        {
            return new ReviewStatus(ReviewState.ChangedSinceReview, latest, reviewer);
        }

        // Every change since is recorded as editorial: that holds only if no clinical words changed. Without the
        // copy of the words signed (a sign-off from before copies were kept), the record is taken as written.
        if (signedWords?.Invoke(latest) is { } signed
            && SignedWordsDiff.ClinicalChanges(signed, ClinicalFingerprint.TextOf(document, metadata, body)) is [var first, ..] changes)
        {
            var (line, column) = LineOf(document, first.After ?? first.Before);
            _findings.Add(Diagnostic.Create(DiagnosticCodes.EditorialChangedClinicalWords, new SourceLocation(document.Path, line, column),
                $"the changes since the sign-off of {latest.Date:yyyy-MM-dd} are recorded as editorial, but {Count(changes.Count)} clinical words: before \"{Short(first.Before)}\", after \"{Short(first.After)}\": record it as kind: clinical and have the page re-reviewed"));
            return new ReviewStatus(ReviewState.ChangedSinceReview, latest, reviewer);
        }

        return new ReviewStatus(ReviewState.Reviewed, latest, reviewer);
    }

    private static string Count(int n) => n == 1 ? "it changes" : $"{n} changes touch";

    private static string Short(string? text) => text is null ? "(nothing)" : text.Length <= 120 ? text : text[..117] + "...";

    // The line of the changed words in the file (1-based), or the file's first line when they are not body words.
    private static (int Line, int Column) LineOf(SourceDocument document, string? words)
    {
        if (!string.IsNullOrWhiteSpace(words))
        {
            var lines = document.Text.ReplaceLineEndings("\n").Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimEnd() == words)
                {
                    return (i + 1, 1);
                }
            }
        }

        return (1, 1);
    }
}
