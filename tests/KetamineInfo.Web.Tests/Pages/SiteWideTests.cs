using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Pages;

[Collection(SharedSite.Name)]
public sealed class SiteWideTests(SiteFactory site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles/first-article")]
    [InlineData("/glossary")]
    [InlineData("/about")]
    [InlineData("/not-found")]
    public async Task EveryPage_HasCrisisHelpInTheHeader(string url)
    {
        var expected = url == "/not-found" ? System.Net.HttpStatusCode.NotFound : System.Net.HttpStatusCode.OK;
        var page = await site.CreateClient().GetDocumentAsync(url, expected);

        var crisis = page.QuerySelector("header .crisis")!;
        Assert.NotNull(crisis.QuerySelector("a[href='tel:988']"));
        Assert.NotNull(crisis.QuerySelector("a[href='tel:911']"));
        Assert.NotNull(crisis.QuerySelector("a[href='tel:116123']"));
        Assert.NotNull(crisis.QuerySelector("a[href='tel:999']"));
        Assert.NotNull(crisis.QuerySelector("a[href='https://findahelpline.com']"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task About_IsServedFromContentPages()
    {
        var page = await site.CreateClient().GetDocumentAsync("/about");

        Assert.Equal("About this site", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Glossary_ListsEveryTermWithAnAnchor()
    {
        var page = await site.CreateClient().GetDocumentAsync("/glossary");

        Assert.NotNull(page.QuerySelector("#dissociation dt"));
        Assert.NotNull(page.QuerySelector("#blood-pressure dd"));
    }

    [Fact]
    public async Task Stylesheet_IsServedWithABody()
    {
        var client = site.CreateClient();
        var page = await client.GetDocumentAsync("/");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var response = await client.GetAsync(new Uri(href, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        Assert.Contains("--crisis-bg", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_ReportsLoadedContent()
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/readyz", UriKind.Relative));
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("checks").GetProperty("content").GetProperty("data").GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Health_IsHealthy()
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
