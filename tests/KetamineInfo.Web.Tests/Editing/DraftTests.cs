using System.Net;
using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Editing;

public sealed class DraftTests
{
    [Fact]
    public async Task Draft_InDevelopment_IsVisibleWithABadge()
    {
        using var site = new EnvironmentSiteFactory("Development");
        var client = site.CreateClient();

        var page = await client.GetDocumentAsync("/articles/draft-article");
        var home = await client.GetDocumentAsync("/");

        Assert.Contains("Draft", page.QuerySelector(".draft-badge")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(home.QuerySelector("a[href='/articles/draft-article']"));
        // A preview for editors is never indexed, and has no canonical address to share.
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task Draft_InProduction_IsAbsentEverywhere()
    {
        using var site = new EnvironmentSiteFactory("Production");
        var client = site.CreateClient();

        await client.GetDocumentAsync("/articles/draft-article", HttpStatusCode.NotFound);
        var home = await client.GetDocumentAsync("/");

        Assert.Null(home.QuerySelector("a[href='/articles/draft-article']"));
    }

    [Fact]
    public async Task ContentProblemsPage_ExistsOnlyInDevelopment()
    {
        using var production = new EnvironmentSiteFactory("Production");
        await production.CreateClient().GetDocumentAsync("/_content", HttpStatusCode.NotFound);

        using var development = new EnvironmentSiteFactory("Development");
        var page = await development.CreateClient().GetDocumentAsync("/_content");
        Assert.Contains("first-article.md", page.QuerySelector(".diagnostics")!.TextContent, StringComparison.Ordinal);
    }

    private sealed class EnvironmentSiteFactory(string environment) : SiteFactory(FixtureContentPath, environment);
}
