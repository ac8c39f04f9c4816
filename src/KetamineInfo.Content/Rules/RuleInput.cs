using System.Text.RegularExpressions;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Parsing;

namespace KetamineInfo.Content.Rules;

/// <summary>
/// What a rule sees of one file: the parsed document, its rendered body, and the article's metadata — null for
/// a page, and for an article whose front matter did not read (that is already an error of its own) — and
/// the article's clinical review status.
/// </summary>
internal sealed record RuleInput(SourceDocument Document, RenderedBody Body, ArticleMetadata? Article, bool IsPage, RuleSettings Settings, ReviewStatus? Review = null, InfoPageMetadata? Page = null)
{
    /// <summary>The dates and history every page shares, article or standalone page; null when its front matter did not read.</summary>
    public IReviewedMetadata? Dated => (IReviewedMetadata?)Article ?? Page;

    public Diagnostics.DiagnosticBag Diagnostics => Document.Diagnostics;
}

/// <summary>What the rules of one load share: made once per load from site.yml and the clock.</summary>
internal sealed record RuleSettings(Regex? BannedWords, double ReadingGradeLimit, DateOnly Today)
{
    public static RuleSettings For(SiteSettings site, DateOnly today) =>
        new(BannedWordRule.Pattern(site.BannedWords), site.ReadingGradeLimit, today);
}
