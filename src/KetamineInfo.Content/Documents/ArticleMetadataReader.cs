using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;

namespace KetamineInfo.Content.Documents;

/// <summary>Validates an article's front matter and maps it to <see cref="ArticleMetadata"/>.</summary>
internal static class ArticleMetadataReader
{
    public const int MaxSummaryLength = 160;

    public static readonly string[] Keys =
        ["title", "summary", "order", "last_reviewed", "next_review", "reviewed_by", "updated", "aliases", "draft"];

    public static ArticleMetadata? Read(SourceDocument document)
    {
        if (document.FrontMatter is not { } fm)
        {
            return null;
        }

        var bag = document.Diagnostics;
        fm.RejectUnknownKeys(Keys, "front matter");
        var title = fm.String("title", required: true, maxLength: 120);
        var summary = fm.String("summary", required: true, maxLength: MaxSummaryLength);
        var order = fm.Int("order", required: true, min: 0, max: 10_000);
        var lastReviewed = fm.Date("last_reviewed", required: true);
        var nextReview = fm.Date("next_review", required: true);
        var reviewedBy = fm.String("reviewed_by", maxLength: 200);
        var updated = fm.Date("updated");
        var aliases = fm.StringList("aliases");
        var draft = fm.Bool("draft") ?? false;

        foreach (var alias in aliases.Where(a => !Slug.IsValid(a)))
        {
            bag.Add(DiagnosticCodes.BadSlug, fm.Line, fm.Column, $"alias '{alias}' is not a valid slug");
        }

        if (lastReviewed is { } reviewed && nextReview is { } next && (next <= reviewed || next > reviewed.AddMonths(12)))
        {
            bag.Add(DiagnosticCodes.ValueOutOfRange, fm.Line, fm.Column, "next_review must fall after last_reviewed and within 12 months of it");
        }

        return title is null || summary is null || order is null || lastReviewed is null || nextReview is null
            ? null
            : new ArticleMetadata(document.Slug, title, summary, order.Value, lastReviewed.Value, nextReview.Value,
                string.IsNullOrWhiteSpace(reviewedBy) ? null : reviewedBy, updated, aliases, draft);
    }
}
