using KetamineInfo.Content.Model;
using System.Globalization;
using System.Xml.Linq;
using KetamineInfo.Web.Publishing;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Sharing;

/// <summary>/sitemap.xml, /feed.xml (Atom) and /robots.txt, built from the published site.</summary>
internal static class SiteFeeds
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static IEndpointRouteBuilder MapSiteFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SitePaths.Sitemap, (HttpRequest request, PublishedSite published, IOptions<SiteOptions> site) =>
            Xml(SitemapDocument(published, path => site.Value.Absolute(request, path)), "application/xml"));
        endpoints.MapGet(SitePaths.Feed, (HttpRequest request, PublishedSite published, IOptions<SiteOptions> site) =>
            Xml(FeedDocument(published, path => site.Value.Absolute(request, path)), "application/atom+xml"));
        endpoints.MapGet(SitePaths.SpanishFeed, (HttpRequest request, PublishedSite published, IOptions<SiteOptions> site) => published.HasEdition("es")
            ? Xml(SpanishFeedDocument(published, path => site.Value.Absolute(request, path)), "application/atom+xml")
            : Results.NotFound());
        endpoints.MapGet(SitePaths.Robots, (HttpRequest request, IOptions<SiteOptions> site) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: /_content\n\nSitemap: {site.Value.Absolute(request, SitePaths.Sitemap)}\n", "text/plain; charset=utf-8"));
        return endpoints;
    }

    /// <summary>
    /// Every page people read, each with the date it last changed, and for a page in two languages each language's
    /// address (<c>xhtml:link hreflang</c>, itself included, as search engines ask). Without a translation the
    /// document is what it always was: the xhtml namespace is declared only when a pair exists.
    /// </summary>
    public static XDocument SitemapDocument(PublishedSite site, Func<string, string> absolute)
    {
        var routes = site.Routes.Where(r => r.InSitemap).ToList();
        var paired = routes.Any(r => site.Alternates(r.Path).Count > 0);
        return new(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Sitemap + "urlset",
                paired ? new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml.NamespaceName) : null,
                routes.Select(route =>
                    new XElement(Sitemap + "url",
                        new XElement(Sitemap + "loc", absolute(route.Path)),
                        new XElement(Sitemap + "lastmod", route.LastModified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                        Alternates(site.Alternates(route.Path), absolute)))));
    }

    private static IEnumerable<XElement> Alternates(IReadOnlyList<(string Language, string Path)> pair, Func<string, string> absolute) =>
        pair.Count == 0
            ? []
            : [.. pair.Select(a => Link(a.Language, absolute(a.Path))), Link("x-default", absolute(pair[0].Path))];

    private static XElement Link(string language, string href) =>
        new(Xhtml + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", language), new XAttribute("href", href));

    /// <summary>An Atom entry per article, dated by its last edit or review, and one per change or correction.</summary>
    public static XDocument FeedDocument(PublishedSite site, Func<string, string> absolute) => Feed(
        new FeedHead("en", SitePaths.Home, SitePaths.Feed, SitePaths.Changes, site.Site.Tagline, site.LastModified),
        site.AnnouncedArticles.Select(a => new FeedEntry(SitePaths.Article(a.Slug), a.Title, a.Metadata.LastModified, a.Metadata.Summary)),
        site.Changes, site.Snapshot.Strings, site.Site.Name, absolute);

    /// <summary>The Spanish pages' feed: an entry per Spanish article, and one per change to a Spanish page.</summary>
    public static XDocument SpanishFeedDocument(PublishedSite site, Func<string, string> absolute)
    {
        var articles = site.Translations.Where(t => t.Language == "es" && !t.IsPage).ToList();
        var updated = articles.Select(t => t.Metadata.LastModified).Concat(site.SpanishChanges.Select(c => c.Change.Date)).DefaultIfEmpty(site.LastModified).Max();
        return Feed(
            new FeedHead("es", SitePaths.SpanishHome, SitePaths.SpanishFeed, SitePaths.SpanishChanges, site.Snapshot.TaglineFor("es"), updated),
            articles.Select(t => new FeedEntry(PublishedSite.TranslatedPathOf(t), t.Title, t.Metadata.LastModified, t.Metadata.Summary)),
            site.SpanishChanges, site.Snapshot.StringsFor("es"), site.Site.Name, absolute);
    }

    private sealed record FeedHead(string Language, string Home, string Self, string ChangesLog, string Subtitle, DateOnly Updated);

    private sealed record FeedEntry(string Path, string Title, DateOnly Updated, string Summary);

    // One language's feed: each change and correction is an entry of its own, so subscribers see corrections as they happen.
    private static XDocument Feed(FeedHead head, IEnumerable<FeedEntry> articles, IEnumerable<PublishedChange> changes, SiteStrings words, string siteName,
        Func<string, string> absolute) => new(
        new XDeclaration("1.0", "utf-8", null),
        new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", head.Language),
            new XElement(Atom + "id", absolute(head.Home)),
            new XElement(Atom + "title", siteName),
            new XElement(Atom + "subtitle", head.Subtitle),
            new XElement(Atom + "updated", AtomDate(head.Updated)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", absolute(head.Self))),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", absolute(head.Home))),
            new XElement(Atom + "author", new XElement(Atom + "name", siteName)),
            articles.Select(a => Entry(absolute(a.Path), a.Title, a.Updated, a.Summary, absolute(a.Path))),
            changes.Select(c => Entry(absolute($"{head.ChangesLog}#{c.Id}"), $"{words[c.KindKey]}: {c.Title}", c.Change.Date, c.Change.Summary, absolute(c.Path)))));

    private static XElement Entry(string id, string title, DateOnly updated, string summary, string link) =>
        new(Atom + "entry",
            new XElement(Atom + "id", id),
            new XElement(Atom + "title", title),
            new XElement(Atom + "updated", AtomDate(updated)),
            new XElement(Atom + "summary", summary),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", link)));

    private static string AtomDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static IResult Xml(XDocument document, string contentType) =>
        Results.Text(document.Declaration + "\n" + document.ToString(SaveOptions.DisableFormatting), contentType + "; charset=utf-8");
}
