using System.Runtime.CompilerServices;
using KetamineInfo.Content.Model;
using KetamineInfo.Web.Publishing;

namespace KetamineInfo.Web.Search;

/// <summary>
/// What search finds on one published site — its articles, standalone pages and glossary terms — made once per
/// site (a content snapshot) and kept as long as the site is: the server's index and the browser's read the same list.
/// </summary>
public static class SiteSearch
{
    private static readonly ConditionalWeakTable<PublishedSite, IReadOnlyList<SearchDocument>> Documents = [];
    private static readonly ConditionalWeakTable<PublishedSite, Lazy<byte[]>> BrowserIndexes = [];

    /// <summary>Everything search can find on <paramref name="site"/>.</summary>
    public static IReadOnlyList<SearchDocument> DocumentsOf(PublishedSite site) => Documents.GetValue(site, Build);

    /// <summary>
    /// The browser's search index as served: made once per site, on first request, because it holds every page's
    /// text and a request the page cache does not store (an unknown host) must not rebuild it.
    /// </summary>
    public static byte[] BrowserIndexOf(PublishedSite site) =>
        BrowserIndexes.GetValue(site, s => new Lazy<byte[]>(() => BrowserSearchIndex.Build(DocumentsOf(s)))).Value;

    private static SearchDocument[] Build(PublishedSite site) =>
    [
        .. site.Articles.Select(a => new SearchDocument("article", SitePaths.Article(a.Slug), a.Title, a.Metadata.Summary, HeadingTexts(a.Body), a.Body.PlainText)),
        .. site.Pages.Select(p => new SearchDocument("page", SitePaths.Page(p.Slug), p.Title, p.Summary, HeadingTexts(p.Body), p.Body.PlainText)),
        .. site.Snapshot.Glossary.Select(g => new SearchDocument("glossary", $"/glossary#{g.Id}", g.Term, g.Definition, g.Aliases, g.Definition)),
    ];

    private static string[] HeadingTexts(RenderedBody body) => [.. body.Headings.Select(h => h.Text)];
}
