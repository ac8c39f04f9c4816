using System.Xml.Linq;
using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Sharing;

[Collection(SharedSite.Name)]
public sealed class FeedTests(SiteFactory site)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Sitemap_ListsEveryPageReadersReadWithTheDateItLastChanged()
    {
        var xml = await GetXmlAsync("/sitemap.xml", "application/xml");

        var urls = xml.Root!.Elements(Sitemap + "url").ToDictionary(u => new Uri(u.Element(Sitemap + "loc")!.Value).AbsolutePath, u => u.Element(Sitemap + "lastmod")!.Value);
        Assert.Equal(["/", "/about", "/articles/first-article", "/articles/second-article", "/changes", "/editorial-team", "/glossary"], urls.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("2026-11-26", urls["/articles/first-article"]); // its 'updated' date, as in the feed
        Assert.All(xml.Root.Elements(Sitemap + "url"), u => Assert.True(Uri.IsWellFormedUriString(u.Element(Sitemap + "loc")!.Value, UriKind.Absolute)));
    }

    [Fact]
    public async Task Feed_IsAtomWithAnEntryPerArticle()
    {
        var xml = await GetXmlAsync("/feed.xml", "application/atom+xml");

        Assert.Equal(Atom + "feed", xml.Root!.Name);
        var entries = xml.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count(e => !e.Element(Atom + "id")!.Value.Contains("/changes#", StringComparison.Ordinal)));
        var first = entries.Single(e => e.Element(Atom + "title")!.Value == "First article");
        Assert.Equal("2026-11-26T00:00:00Z", first.Element(Atom + "updated")!.Value); // its 'updated' date, later than the review
        Assert.Equal("The first article in the order editors set.", first.Element(Atom + "summary")!.Value);
        Assert.EndsWith("/articles/first-article", first.Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
        Assert.NotNull(xml.Root.Elements(Atom + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == "self"));
    }

    [Fact]
    public async Task Robots_NamesTheSitemap()
    {
        var text = await site.CreateClient().GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Matches(@"(?m)^Sitemap: https?://[^/]+/sitemap\.xml$", text);
    }

    [Fact]
    public async Task ChangesAndCorrections_AreListedNewestFirst_OnTheirPageAndAsFeedEntries()
    {
        var page = await site.CreateClient().GetDocumentAsync("/changes");
        var feed = await GetXmlAsync("/feed.xml", "application/atom+xml");

        var log = page.QuerySelectorAll(".changes-log li").ToList();
        Assert.Equal(["2026-11-24", "2026-11-20"], log.Select(li => li.QuerySelector("time")!.GetAttribute("datetime")));
        Assert.Equal(["Editorial change", "Medical content changed"], log.Select(li => li.QuerySelector(".badge")!.TextContent));
        Assert.All(log, li => Assert.Equal("/articles/second-article", li.QuerySelector("a")!.GetAttribute("href")));
        var entries = feed.Root!.Elements(Atom + "entry").Where(e => e.Element(Atom + "id")!.Value.Contains("/changes#", StringComparison.Ordinal)).ToList();
        Assert.Equal(log.Select(li => li.Id), entries.Select(e => new Uri(e.Element(Atom + "id")!.Value).Fragment.TrimStart('#')));
        Assert.Equal("Medical content changed: Second article, first by alphabet", entries[1].Element(Atom + "title")!.Value);
    }

    private async Task<XDocument> GetXmlAsync(string url, string mediaType)
    {
        using var response = await site.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
