using System.Globalization;
using System.Xml.Linq;
using KetamineInfo.Content.Model;
using KetamineInfo.Web.Hosting;
using KetamineInfo.Web.Routing;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Sharing;

/// <summary>/sitemap.xml, /feed.xml (Atom) and /robots.txt, built from the current snapshot.</summary>
internal static class SiteFeeds
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static IEndpointRouteBuilder MapSiteFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", (HttpRequest request, ContentSnapshot snapshot, IOptions<SiteOptions> site) =>
            Xml(SitemapDocument(snapshot, path => site.Value.Absolute(request, path)), "application/xml"));
        endpoints.MapGet("/feed.xml", (HttpRequest request, ContentSnapshot snapshot, IOptions<SiteOptions> site) =>
            Xml(FeedDocument(snapshot, path => site.Value.Absolute(request, path)), "application/atom+xml"));
        endpoints.MapGet("/robots.txt", (HttpRequest request, IOptions<SiteOptions> site) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: /_content\n\nSitemap: {site.Value.Absolute(request, "/sitemap.xml")}\n", "text/plain; charset=utf-8"));
        return endpoints;
    }

    /// <summary>Every public page. Articles carry their last review date; other pages the newest review on the site.</summary>
    public static XDocument SitemapDocument(ContentSnapshot snapshot, Func<string, string> absolute)
    {
        var newest = snapshot.Articles.Select(a => a.Metadata.LastReviewed).DefaultIfEmpty(DateOnly.FromDateTime(snapshot.LoadedAt.UtcDateTime)).Max();
        var pages = new List<(string Path, DateOnly LastModified)> { ("/", newest) };
        pages.AddRange(snapshot.Articles.Select(a => (PublicPages.Article(a.Slug), a.Metadata.LastReviewed)));
        pages.Add(("/glossary", newest));
        pages.AddRange(snapshot.Pages.Keys.Order(StringComparer.Ordinal).Select(slug => (PublicPages.InfoPage(slug), newest)));
        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Sitemap + "urlset", pages.Select(p =>
                new XElement(Sitemap + "url",
                    new XElement(Sitemap + "loc", absolute(p.Path)),
                    new XElement(Sitemap + "lastmod", p.LastModified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))))));
    }

    /// <summary>An Atom entry per article, dated by its last edit or review.</summary>
    public static XDocument FeedDocument(ContentSnapshot snapshot, Func<string, string> absolute)
    {
        var home = absolute("/");
        var updated = snapshot.Articles.Select(a => a.Metadata.LastModified).DefaultIfEmpty(DateOnly.FromDateTime(snapshot.LoadedAt.UtcDateTime)).Max();
        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Atom + "feed",
                new XAttribute(XNamespace.Xml + "lang", "en"),
                new XElement(Atom + "id", home),
                new XElement(Atom + "title", snapshot.Site.Name),
                new XElement(Atom + "subtitle", snapshot.Site.Tagline),
                new XElement(Atom + "updated", AtomDate(updated)),
                new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", absolute("/feed.xml"))),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", home)),
                new XElement(Atom + "author", new XElement(Atom + "name", snapshot.Site.Name)),
                snapshot.Articles.Select(a => new XElement(Atom + "entry",
                    new XElement(Atom + "id", absolute(PublicPages.Article(a.Slug))),
                    new XElement(Atom + "title", a.Title),
                    new XElement(Atom + "updated", AtomDate(a.Metadata.LastModified)),
                    new XElement(Atom + "summary", a.Metadata.Summary),
                    new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", absolute(PublicPages.Article(a.Slug))))))));
    }

    private static string AtomDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static IResult Xml(XDocument document, string contentType) =>
        Results.Text(document.Declaration + "\n" + document.ToString(SaveOptions.DisableFormatting), contentType + "; charset=utf-8");
}
