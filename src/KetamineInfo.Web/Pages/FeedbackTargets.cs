using KetamineInfo.Content.Model;
using KetamineInfo.Web.Feedback;
using KetamineInfo.Web.Publishing;

namespace KetamineInfo.Web.Pages;

/// <summary>The published pages feedback can be about, as <see cref="FeedbackTarget"/>s: made here, where pages meet feedback.</summary>
public static class FeedbackTargets
{
    public static FeedbackTarget Of(Article article) =>
        new(article.Slug, article.Title, SitePaths.Article(article.Slug), article.Fingerprint);

    public static FeedbackTarget Of(InfoPage page) =>
        new(FeedbackTarget.PagePrefix + page.Slug, page.Title, SitePaths.Page(page.Slug), page.Fingerprint);

    /// <summary>The published article or page a stored key names, or null.</summary>
    public static FeedbackTarget? Find(PublishedSite site, string key) => key.StartsWith(FeedbackTarget.PagePrefix, StringComparison.Ordinal)
        ? site.FindPage(FeedbackTarget.SlugOf(key)) is { } page ? Of(page) : null
        : site.FindArticle(key) is { } article ? Of(article) : null;

    /// <summary>Every article, then every page, for a reader who reached /feedback without naming one.</summary>
    public static IReadOnlyList<FeedbackTarget> All(PublishedSite site) => [.. site.Articles.Select(Of), .. site.Pages.Select(Of)];
}
