using KetamineInfo.Content.Model;

namespace KetamineInfo.Content.Parsing;

/// <summary>
/// Validates a standalone page's front matter: the keys every page shares with articles (title, summary, review
/// dates, updated, changes), without an article's place in the list (order, aliases, draft).
/// </summary>
internal static class PageMetadataReader
{
    public static readonly string[] Keys = ["title", "summary", "last_reviewed", "next_review", "updated", "changes"];

    public static InfoPageMetadata? Read(SourceDocument document)
    {
        if (document.FrontMatter is not { } fm)
        {
            return null;
        }

        fm.RejectUnknownKeys(Keys, "page front matter");
        var title = fm.String("title", required: true, maxLength: 120);
        var summary = fm.String("summary", required: true, maxLength: ArticleMetadataReader.MaxSummaryLength);
        var (lastReviewed, nextReview) = ArticleMetadataReader.ReadReviewDates(fm, document.Diagnostics);
        var updated = fm.Date("updated");
        var changes = ArticleMetadataReader.ReadChanges(fm, document.Diagnostics);
        return title is null || summary is null || lastReviewed is null || nextReview is null
            ? null
            : new InfoPageMetadata(document.Slug, title, summary, lastReviewed.Value, nextReview.Value, updated, changes);
    }
}
