using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using KetamineInfo.Web.Publishing;
using KetamineInfo.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KetamineInfo.Web.Tests.Publishing;

/// <summary>
/// Every place that lists pages — home, the 404 page, search, the sitemap, the feed and the browser's search
/// index — reads the one published site, so they agree on what is published in each environment.
/// </summary>
public sealed class PublishedSiteTests
{
    private static readonly string[] Published = ["/articles/first-article", "/articles/second-article"];

    [Fact]
    public async Task InProduction_EveryListOfArticles_IsThePublishedArticles()
    {
        using var site = new EnvironmentSiteFactory("Production");
        var lists = await ArticleListsAsync(site.CreateClient());

        Assert.All(lists, list => Assert.Equal(Published, list.Value));
    }

    [Fact]
    public async Task InAPreview_TheDraftIsReadAndSearchedButNeverAnnounced()
    {
        using var site = new EnvironmentSiteFactory("Development");
        var lists = await ArticleListsAsync(site.CreateClient());
        string[] withDraft = [.. Published, "/articles/draft-article"];

        Assert.Equal(withDraft, lists["home"]);
        Assert.Equal(withDraft, lists["not found"]);
        Assert.Equal(withDraft, lists["search index"]);
        // A draft is noindex: the sitemap and the feed never announce it.
        Assert.Equal(Published, lists["sitemap"]);
        Assert.Equal(Published, lists["feed"]);
    }

    [Fact]
    public async Task EveryRoute_Answers200_AndOnlySharedRoutesAreStored()
    {
        using var site = new EnvironmentSiteFactory("Production");
        var client = site.CreateClient();
        var routes = site.Services.GetRequiredService<PublishedSites>().Current.Routes;

        Assert.Contains(routes, r => r.Kind == RouteKind.Search && r.Cache == CachePolicy.NotStored);
        foreach (var route in routes)
        {
            using var response = await client.GetAsync(new Uri(route.Path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{route.Path} answered {(int)response.StatusCode}");
            var stored = response.Headers.ETag is not null;
            Assert.True(stored == (route.Cache == CachePolicy.Shared), $"{route.Path}: stored {stored}, policy {route.Cache}");
        }
    }

    [Fact]
    public async Task AnOldAddress_RedirectsToTheArticle_OnlyWhileItIsPublished()
    {
        using var site = new EnvironmentSiteFactory("Production");
        var published = site.Services.GetRequiredService<PublishedSites>().Current;
        using var response = await site.CreatePlainClient().GetAsync(new Uri("/articles/old-second", UriKind.Relative));

        Assert.Equal("/articles/second-article", published.Redirects["/articles/old-second"]);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/articles/second-article", response.Headers.Location!.OriginalString);
    }

    private static async Task<Dictionary<string, string[]>> ArticleListsAsync(HttpClient client)
    {
        static string[] Articles(IEnumerable<string?> paths) =>
            [.. paths.OfType<string>().Where(p => p.StartsWith("/articles/", StringComparison.Ordinal)).Distinct()];

        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var home = await client.GetDocumentAsync("/");
        var notFound = await client.GetDocumentAsync("/no-such-page", HttpStatusCode.NotFound);
        var noResults = await client.GetDocumentAsync("/search?q=zzzzqqqq");
        var map = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        var feed = XDocument.Parse(await client.GetStringAsync(new Uri("/feed.xml", UriKind.Relative)));
        using var index = JsonDocument.Parse(await client.GetByteArrayAsync(new Uri("/search-index.json", UriKind.Relative)));
        return new Dictionary<string, string[]>
        {
            ["home"] = Articles(home.QuerySelectorAll("main a").Select(a => a.GetAttribute("href"))),
            ["not found"] = Articles(notFound.QuerySelectorAll("main a").Select(a => a.GetAttribute("href"))),
            ["search, nothing found"] = Articles(noResults.QuerySelectorAll(".no-results a").Select(a => a.GetAttribute("href"))),
            ["sitemap"] = Articles(map.Descendants(sitemap + "loc").Select(l => new Uri(l.Value).AbsolutePath)),
            ["feed"] = Articles(feed.Descendants(atom + "entry").Select(e => new Uri(e.Element(atom + "id")!.Value).AbsolutePath)),
            // Each section of a page is a document; "pu" is the page it is on.
            ["search index"] = Articles(index.RootElement.GetProperty("docs").EnumerateArray().Select(d => d.GetProperty("pu").GetString())),
        };
    }

    private sealed class EnvironmentSiteFactory(string environment) : SiteFactory(FixtureContentPath, environment);
}
