using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace KetamineInfo.Content.Parsing;

/// <summary>
/// Validates an article's front matter and maps it to <see cref="ArticleMetadata"/>. What it reports is part of
/// reading the YAML (unknown keys, types, lengths, an alias that is no slug, a review window that makes no
/// sense); editorial rules over the result live in <c>Rules/</c>.
/// </summary>
internal static class ArticleMetadataReader
{
    public const int MaxSummaryLength = 160;

    public static readonly string[] Keys =
        ["title", "summary", "order", "last_reviewed", "next_review", "reviewed_by", "updated", "aliases", "draft", "changes"];

    private static readonly string[] ChangeKeys = ["date", "summary", "kind"];

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
        var (lastReviewed, nextReview) = ReadReviewDates(fm, bag);
        if (!string.IsNullOrWhiteSpace(fm.String("reviewed_by", maxLength: 200)))
        {
            // A name typed here would be a claim nothing checks; a sign-off binds a real reviewer to these words.
            var (line, column) = fm.PositionOf("reviewed_by");
            bag.Add(DiagnosticCodes.UnknownKey, line, column,
                "'reviewed_by' is no longer used: a clinician signs an article off with the sign-off command, which records it in reviews.yml (README: \"For clinical reviewers\"); leave reviewed_by empty or remove it");
        }

        var updated = fm.Date("updated");
        var aliases = fm.StringList("aliases");
        var draft = fm.Bool("draft") ?? false;
        var changes = ReadChanges(fm, bag);

        foreach (var alias in aliases.Where(a => !Slug.IsValid(a)))
        {
            bag.Add(DiagnosticCodes.BadSlug, fm.Line, fm.Column, $"alias '{alias}' is not a valid slug");
        }

        return title is null || summary is null || order is null || lastReviewed is null || nextReview is null
            ? null
            : new ArticleMetadata(document.Slug, title, summary, order.Value, lastReviewed.Value, nextReview.Value,
                updated, aliases, draft, changes);
    }

    /// <summary><c>last_reviewed</c> and <c>next_review</c>, both required, the second after the first and within 12 months.</summary>
    public static (DateOnly? LastReviewed, DateOnly? NextReview) ReadReviewDates(YamlMappingReader fm, DiagnosticBag bag)
    {
        var lastReviewed = fm.Date("last_reviewed", required: true);
        var nextReview = fm.Date("next_review", required: true);
        if (lastReviewed is { } reviewed && nextReview is { } next && (next <= reviewed || next > reviewed.AddMonths(12)))
        {
            bag.Add(DiagnosticCodes.ValueOutOfRange, fm.Line, fm.Column, "next_review must fall after last_reviewed and within 12 months of it");
        }

        return (lastReviewed, nextReview);
    }

    /// <summary>The page history (<c>changes:</c>), newest first.</summary>
    public static IReadOnlyList<PageChange> ReadChanges(YamlMappingReader fm, DiagnosticBag bag)
    {
        var changes = new List<PageChange>();
        var node = fm.Node("changes");
        if (node is null || node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (node is not YamlSequenceNode items)
        {
            bag.Add(DiagnosticCodes.WrongType, (int)node.Start.Line + fm.LineOffset, (int)node.Start.Column, "'changes' must be a list of '- date: …' entries");
            return [];
        }

        foreach (var item in items)
        {
            if (YamlMappingReader.For(item, bag, fm.LineOffset, "a page history entry") is not { } change)
            {
                continue;
            }

            change.RejectUnknownKeys(ChangeKeys, "changes entry");
            var date = change.Date("date", required: true);
            var summary = change.String("summary", required: true, maxLength: 200);
            var kind = change.Choice<ChangeKind>("kind", required: true);
            if (date is not null && summary is not null && kind is not null)
            {
                changes.Add(new PageChange(date.Value, summary, kind.Value));
            }
        }

        changes.Sort((a, b) => b.Date.CompareTo(a.Date));
        return changes.AsReadOnly();
    }
}
