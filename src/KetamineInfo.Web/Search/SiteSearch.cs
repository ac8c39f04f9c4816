using System.Runtime.CompilerServices;
using KetamineInfo.Content.Model;
using KetamineInfo.Web.Publishing;

namespace KetamineInfo.Web.Search;

/// <summary>
/// What search finds on one published site — each section of its articles and standalone pages, and its glossary
/// terms — made once per site (a content snapshot) and kept as long as the site is: the server's index and the
/// browser's read the same list.
/// </summary>
public static class SiteSearch
{
    private static readonly ConditionalWeakTable<PublishedSite, IReadOnlyList<SearchDocument>> Documents = [];
    private static readonly ConditionalWeakTable<PublishedSite, IReadOnlyList<SearchDocument>> SpanishDocuments = [];
    private static readonly ConditionalWeakTable<PublishedSite, Lazy<byte[]>> BrowserIndexes = [];
    private static readonly ConditionalWeakTable<PublishedSite, Lazy<byte[]>> SpanishBrowserIndexes = [];

    /// <summary>Everything search can find on <paramref name="site"/> in <paramref name="language"/>: each language is searched on its own.</summary>
    public static IReadOnlyList<SearchDocument> DocumentsOf(PublishedSite site, string language = "en") =>
        language == "es" ? SpanishDocuments.GetValue(site, BuildSpanish) : Documents.GetValue(site, Build);

    /// <summary>
    /// The browser's search index as served: made once per site, on first request, because it holds every page's
    /// text and a request the page cache does not store (an unknown host) must not rebuild it. The vocabulary is
    /// the one search uses for this site's snapshot.
    /// </summary>
    public static byte[] BrowserIndexOf(PublishedSite site, SearchVocabulary vocabulary, string language = "en") =>
        (language == "es" ? SpanishBrowserIndexes : BrowserIndexes)
            .GetValue(site, s => new Lazy<byte[]>(() => BrowserSearchIndex.Build(DocumentsOf(s, language), vocabulary, language))).Value;

    private static SearchDocument[] Build(PublishedSite site) =>
    [
        .. site.Articles.SelectMany(a => Sections("article", SitePaths.Article(a.Slug), a.Title, a.Metadata.Summary, a.Body)),
        .. site.Pages.SelectMany(p => Sections("page", SitePaths.Page(p.Slug), p.Title, p.Summary, p.Body)),
        .. site.Snapshot.Glossary.Select(g => new SearchDocument("glossary", SitePaths.Glossary, site.Snapshot.Strings["glossary.title"], g.Id, g.Term,
            string.Empty, string.Empty, string.Join(", ", g.Aliases), g.Definition)),
    ];

    // The Spanish edition: its translated articles and pages, and its glossary.
    private static SearchDocument[] BuildSpanish(PublishedSite site) =>
    [
        .. site.Translations.Where(t => t.Language == "es")
            .SelectMany(t => Sections(t.IsPage ? "page" : "article", PublishedSite.TranslatedPathOf(t), t.Title, t.Metadata.Summary, t.Body)),
        .. site.SpanishGlossary.Select(g => new SearchDocument("glossary", SitePaths.SpanishGlossary, site.Snapshot.StringsFor("es")["glossary.title"], g.Id, g.Term,
            string.Empty, string.Empty, string.Join(", ", g.Aliases), g.Definition)),
    ];

    // The opening always, so a page is found by its title and summary even when its text starts with a heading.
    private static IEnumerable<SearchDocument> Sections(string kind, string url, string title, string summary, RenderedBody body)
    {
        var opening = body.Sections.FirstOrDefault(s => s.Id.Length == 0)?.PlainText ?? string.Empty;
        yield return new SearchDocument(kind, url, title, string.Empty, string.Empty, string.Empty, summary, string.Empty, opening);
        foreach (var section in body.Sections.Where(s => s.Id.Length > 0))
        {
            yield return new SearchDocument(kind, url, title, section.Id, section.Heading, section.ParentHeading, string.Empty, string.Empty, section.PlainText);
        }
    }
}
