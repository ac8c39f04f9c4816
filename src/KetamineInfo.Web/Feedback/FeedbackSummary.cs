using System.Globalization;
using KetamineInfo.Content.Model;

namespace KetamineInfo.Web.Feedback;

/// <summary>Answers and error reports in one window of time: how many found the page useful, and how many did not.</summary>
public sealed record FeedbackCounts(int Useful, int NotUseful, int ErrorReports)
{
    public static readonly FeedbackCounts None = new(0, 0, 0);

    public int Total => Useful + NotUseful + ErrorReports;

    /// <summary>The share of answers that said useful, rounded; null with no answers.</summary>
    public int? PercentUseful => Useful + NotUseful == 0 ? null : (int)Math.Round(100.0 * Useful / (Useful + NotUseful), MidpointRounding.AwayFromZero);

    public static FeedbackCounts Of(IEnumerable<FeedbackEntry> entries)
    {
        int useful = 0, notUseful = 0, errors = 0;
        foreach (var entry in entries)
        {
            useful += entry.Useful == true ? 1 : 0;
            notUseful += entry.Useful == false ? 1 : 0;
            errors += entry.Kind == FeedbackKind.ErrorReport ? 1 : 0;
        }

        return new FeedbackCounts(useful, notUseful, errors);
    }

    /// <summary>"12 useful, 3 not useful (80% useful), 1 error report": the same words in the command and on /_content.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Useful} useful, {NotUseful} not useful{(PercentUseful is { } p ? $" ({p}% useful)" : string.Empty)}, {ErrorReports} error report{(ErrorReports == 1 ? string.Empty : "s")}");
}

/// <summary>
/// What readers said about one article: counts for the last 30 and 90 days and since its current version (the
/// words readers see now; null when the article is gone), and the newest comments. Title is null for an
/// article that is no longer in the content.
/// </summary>
public sealed record ArticleFeedbackSummary(
    string Slug,
    string? Title,
    FeedbackCounts Last30Days,
    FeedbackCounts Last90Days,
    FeedbackCounts? SinceCurrentVersion,
    IReadOnlyList<FeedbackEntry> NewestComments)
{
    public const int CommentsShown = 5;

    /// <summary>
    /// More answers about one page in one hour than readers plausibly send (a page gets a few a day): most likely
    /// a flood. Ten times the busiest hour the bench's real-reader figures show, and far under what a script sends.
    /// </summary>
    public const int FloodAnswersPerHour = 100;

    /// <summary>The busiest hour of the last 90 days when it looks like a flood, else null.</summary>
    public FeedbackFlood? Flood { get; init; }
}

/// <summary>An hour with more answers about one page than readers plausibly send; its figures may not be readers'.</summary>
public sealed record FeedbackFlood(DateTimeOffset Hour, int Answers, int HoursLikeIt)
{
    /// <summary>"possible flood: 871 answers in the hour from 2026-12-05 14:00 UTC (and 2 more hours like it) …".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"possible flood: {Answers} answers in the hour from {Hour.UtcDateTime:yyyy-MM-dd HH:mm} UTC{(HoursLikeIt > 1 ? $" (and {HoursLikeIt - 1} more hour{(HoursLikeIt == 2 ? "" : "s")} over {ArticleFeedbackSummary.FloodAnswersPerHour})" : "")}; the counts may not be readers': read the comments before acting on them");
}

/// <summary>The per-article summary that the <c>feedback</c> command prints and /_content shows, made in one place.</summary>
public static class FeedbackSummary
{
    /// <summary>
    /// One line per published article in the editors' order (with or without feedback), then, by slug, the
    /// others that feedback names (drafts previewed in Development, deleted articles). Feedback under an old slug counts for the article's new slug.
    /// Linear in the number of entries, plus a sort of each article's comments.
    /// </summary>
    public static IReadOnlyList<ArticleFeedbackSummary> Of(IReadOnlyList<FeedbackEntry> entries, ContentSnapshot snapshot, DateTimeOffset now)
    {
        var bySlug = entries.GroupBy(e => snapshot.Aliases.TryGetValue(e.Article, out var current) ? current : e.Article, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        // Standalone pages after the articles, under their stored key (pages/about): the home guide takes no feedback.
        var pages = snapshot.Pages.Values.Where(p => p.Slug != InfoPage.HomeSlug).OrderBy(p => p.Slug, StringComparer.Ordinal)
            .ToDictionary(p => FeedbackTarget.PagePrefix + p.Slug, StringComparer.Ordinal);
        // Then the translations, under their own keys (es/que-es-la-ketamina): each language's readers answer for their words.
        var translations = snapshot.Translations.Values.OrderBy(t => t.Language, StringComparer.Ordinal).ThenBy(t => t.IsPage).ThenBy(t => t.Slug, StringComparer.Ordinal)
            .ToDictionary(FeedbackTarget.KeyOf, StringComparer.Ordinal);
        var published = snapshot.Articles.Select(a => a.Slug).Concat(pages.Keys).Concat(translations.Keys).ToList();
        var known = published.ToHashSet(StringComparer.Ordinal);
        var others = bySlug.Keys.Where(slug => !known.Contains(slug)).Order(StringComparer.Ordinal);
        return [.. published.Concat(others).Select(slug =>
        {
            var (title, fingerprint) = snapshot.ArticlesBySlug.GetValueOrDefault(slug) is { } article ? (article.Title, article.Fingerprint)
                : pages.GetValueOrDefault(slug) is { } page ? (page.Title, page.Fingerprint)
                : translations.GetValueOrDefault(slug) is { } translation ? (translation.Title, translation.Fingerprint)
                : ((string?)null, (string?)null);
            var version = fingerprint is null ? null : FeedbackEntry.VersionOf(fingerprint);
            return Summarize(slug, title, version, bySlug.GetValueOrDefault(slug) ?? [], now);
        })];
    }

    /// <summary>The title of the article or page a stored key names (an article's slug, or pages/SLUG), or null.</summary>
    public static string? TitleOf(ContentSnapshot snapshot, string key) =>
        FeedbackTarget.TranslationPathOf(key) is { } path ? snapshot.Translations.GetValueOrDefault(path)?.Title
        : key.StartsWith(FeedbackTarget.PagePrefix, StringComparison.Ordinal)
            ? snapshot.Pages.GetValueOrDefault(FeedbackTarget.SlugOf(key))?.Title
            : snapshot.ArticlesBySlug.GetValueOrDefault(snapshot.Aliases.GetValueOrDefault(key, key))?.Title;

    private static ArticleFeedbackSummary Summarize(string slug, string? title, string? version, List<FeedbackEntry> entries, DateTimeOffset now) => new(
        slug,
        title,
        FeedbackCounts.Of(entries.Where(e => e.Hour >= now.AddDays(-30))),
        FeedbackCounts.Of(entries.Where(e => e.Hour >= now.AddDays(-90))),
        version is null ? null : FeedbackCounts.Of(entries.Where(e => e.ContentVersion == version)),
        // Reversed first so that, within one hour, the one stored last comes first (the sort is stable).
        [.. entries.Where(e => e.Text is not null).Reverse().OrderByDescending(e => e.Hour).Take(ArticleFeedbackSummary.CommentsShown)])
    {
        Flood = FloodIn(entries, now),
    };

    // Entries are stored to the hour, so counting per stored hour is exact; linear in the entries.
    private static FeedbackFlood? FloodIn(List<FeedbackEntry> entries, DateTimeOffset now)
    {
        var floods = entries.Where(e => e.Hour >= now.AddDays(-90))
            .CountBy(e => e.Hour)
            .Where(h => h.Value > ArticleFeedbackSummary.FloodAnswersPerHour)
            .ToList();
        return floods.Count == 0 ? null
            : floods.MaxBy(h => h.Value) is var busiest ? new FeedbackFlood(busiest.Key, busiest.Value, floods.Count) : null;
    }
}
