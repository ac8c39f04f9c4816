using System.Text.RegularExpressions;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Parsing;

namespace KetamineInfo.Content.Rules;

/// <summary>
/// What a rule sees of one file: the parsed document, its rendered body, its front matter — null where that did not
/// read (that is already an error of its own) — whether it is a standalone page or an article, and its clinical
/// review status.
/// </summary>
internal sealed record RuleInput(SourceDocument Document, RenderedBody Body, IReviewedMetadata? Metadata, bool IsPage, RuleSettings Settings, ReviewStatus? Review = null)
{
    /// <summary>An article's front matter; null for a page, and for an article whose front matter did not read.</summary>
    public ArticleMetadata? Article => Metadata as ArticleMetadata;

    public Diagnostics.DiagnosticBag Diagnostics => Document.Diagnostics;
}

/// <summary>What the rules of one load share: made once per load from site.yml and the clock.</summary>
internal sealed record RuleSettings(Regex? BannedWords, double ReadingGradeLimit, DateOnly Today)
{
    /// <summary>Each translation language's banned words (its <c>LANG/site.yml</c>), where it lists any.</summary>
    public IReadOnlyDictionary<string, Regex> TranslatedBannedWords { get; init; } = new Dictionary<string, Regex>();

    public static RuleSettings For(SiteSettings site, DateOnly today, IReadOnlyDictionary<string, TranslatedSite>? translated = null) =>
        new(BannedWordRule.Pattern(site.BannedWords), site.ReadingGradeLimit, today)
        {
            TranslatedBannedWords = (translated ?? new Dictionary<string, TranslatedSite>())
                .Select(t => (t.Key, Pattern: BannedWordRule.Pattern(t.Value.BannedWords)))
                .Where(t => t.Pattern is not null).ToDictionary(t => t.Key, t => t.Pattern!),
        };
}
