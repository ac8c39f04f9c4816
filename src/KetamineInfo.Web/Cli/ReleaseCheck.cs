using System.Globalization;
using KetamineInfo.Content.Model;

namespace KetamineInfo.Web.Cli;

/// <summary>
/// <c>check --release</c>: what stands between this content and going live, by file. Everyday <c>check</c> asks
/// "can readers be served these words?"; this asks "may an organisation put its name to them?": every page signed
/// off by a clinician for the words it shows, no review overdue, a publisher and a contact named, and every
/// reference read at its source rather than only on a copy. The shipped content fails it, and says why.
/// </summary>
internal static class ReleaseCheck
{
    /// <summary>One thing to do before going live: the file to change and what to do there.</summary>
    public sealed record Blocker(string Path, string Problem);

    public static IReadOnlyList<Blocker> Find(ContentSnapshot snapshot, DateOnly today, string contentRoot = "content")
    {
        var blockers = new List<Blocker>();
        foreach (var problem in snapshot.Diagnostics.Where(d => d.IsError))
        {
            blockers.Add(new(problem.Path, $"error {problem.Code} at line {problem.Line}: fix it first (run check)"));
        }

        foreach (var article in snapshot.ArticlesBySlug.Values.Where(a => !a.Metadata.Draft).OrderBy(a => a.SourcePath, StringComparer.Ordinal))
        {
            blockers.AddRange(ForPage(article.SourcePath, article.Metadata, article.Review, article.Body, today));
        }

        foreach (var page in snapshot.Pages.Values.OrderBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            blockers.AddRange(ForPage(page.SourcePath, page.Metadata, page.Review, page.Body, today));
        }

        // A translation goes live under the same rule: its own words signed, by a reviewer who reads its language.
        foreach (var translation in snapshot.Translations.Values.OrderBy(t => t.SourcePath, StringComparer.Ordinal))
        {
            blockers.AddRange(ForPage(translation.SourcePath, translation.Metadata, translation.Review, translation.Body, today));
            if (translation.IsBehind)
            {
                blockers.Add(new(translation.SourcePath, "the English it translates changed since: update the translation and its translated_from"));
            }
        }

        if (!snapshot.Site.Publisher.IsNamed || snapshot.Site.Publisher.Missing().Any())
        {
            blockers.Add(new($"{contentRoot}/site.yml", $"no publisher is fully named: fill in {string.Join(", ", snapshot.Site.Publisher.Missing())}"));
        }

        var copiesOnly = snapshot.References.Values.Where(r => r.CopyUrl is not null && r.Doi is null && r.Pmid is null)
            .Select(r => r.Key).Order(StringComparer.Ordinal).ToList();
        if (copiesOnly.Count > 0)
        {
            blockers.Add(new($"{contentRoot}/references.yml",
                $"{copiesOnly.Count} references were read only on a copy, not at their source: check each against the original and add its DOI or PMID ({string.Join(", ", copiesOnly)})"));
        }

        return blockers;
    }

    private static IEnumerable<Blocker> ForPage(string path, IReviewedMetadata metadata, ReviewStatus review, RenderedBody body, DateOnly today)
    {
        if (review is { State: ReviewState.ChangedSinceReview, SignOff: { } s })
        {
            yield return new(path, string.Create(CultureInfo.InvariantCulture,
                $"the words changed after {s.Reviewer}'s sign-off of {s.Date:yyyy-MM-dd}: ask for a new review, then run sign-off"));
        }
        else if (review.Valid is null)
        {
            yield return new(path, "no clinician has signed off these words: ask a reviewer in reviewers.yml, then run sign-off");
        }

        if (metadata.NextReview < today)
        {
            yield return new(path, string.Create(CultureInfo.InvariantCulture, $"its review was due on {metadata.NextReview:yyyy-MM-dd}"));
        }

        foreach (var fact in body.DatedFacts.Where(f => f.Recheck < today))
        {
            yield return Overdue(path, fact);
        }
    }

    private static Blocker Overdue(string path, DatedFact fact) =>
        new(path, string.Create(CultureInfo.InvariantCulture, $"the fact at line {fact.Line} was due to be checked again on {fact.Recheck:yyyy-MM-dd}"));
}
