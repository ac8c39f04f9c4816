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

    /// <summary>A translation: <c>es/</c> and its English kind's key (<c>es/que-es-la-ketamina</c>, <c>es/pages/acerca-de</c>).</summary>
    public static FeedbackTarget Of(Translation translation) =>
        new(FeedbackTarget.KeyOf(translation), translation.Title,
            PublishedSite.TranslatedPathOf(translation), translation.Fingerprint);

    /// <summary>The published article, page or translation a stored key names, or null.</summary>
    public static FeedbackTarget? Find(PublishedSite site, string key)
    {
        if (FeedbackTarget.TranslationPathOf(key) is { } path)
        {
            return site.FindTranslation(path) is { } translation ? Of(translation) : null;
        }

        return key.StartsWith(FeedbackTarget.PagePrefix, StringComparison.Ordinal)
            ? site.FindPage(FeedbackTarget.SlugOf(key)) is { } page ? Of(page) : null
            : site.FindArticle(key) is { } article ? Of(article) : null;
    }

    /// <summary>Every article, then every page, in <paramref name="language"/>, for a reader who reached the feedback page without naming one.</summary>
    public static IReadOnlyList<FeedbackTarget> All(PublishedSite site, string language = "en") => language == "es"
        ? [.. site.Translations.Where(t => t.Language == "es").Select(Of)]
        : [.. site.Articles.Select(Of), .. site.Pages.Select(Of)];

}
