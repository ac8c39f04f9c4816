using System.Net;
using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Pages;

/// <summary>
/// The shipped home page starts from what readers come to do, and leads someone deciding to the tools built for
/// it; the navigation carries them too.
/// </summary>
public sealed class HomeGuideTests(RealSiteFactory site) : IClassFixture<RealSiteFactory>
{
    [Fact]
    public async Task Home_GuidesEachKindOfReader_AndLeadsADecisionToTheOptionsValuesAndQuestions()
    {
        var page = await site.CreateClient().GetDocumentAsync("/");

        var journeys = page.QuerySelectorAll(".home-guide h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("I am deciding between options", journeys);
        Assert.True(journeys.Count >= 5, string.Join(" | ", journeys));
        var links = page.QuerySelectorAll(".home-guide a[href]").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Superset(new HashSet<string?> { "/treatment-options", "/what-matters", "/questions" }, links);
        Assert.NotEmpty(page.QuerySelectorAll(".article-list a")); // every article still listed below
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/what-is-ketamine")]
    [InlineData("/glossary")]
    public async Task Navigation_OnEveryPage_HasTheOptionsGridAndTheQuestions(string path)
    {
        var page = await site.CreateClient().GetDocumentAsync(path);

        var nav = page.QuerySelectorAll("nav[aria-label=Main] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/treatment-options", nav);
        Assert.Contains("/questions", nav);
    }

    [Fact]
    public async Task TheGuide_HasNoAddressOfItsOwn()
    {
        using var response = await site.CreatePlainClient().GetAsync(new Uri("/home", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var sitemap = await site.CreateClient().GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));
        Assert.DoesNotContain("/home<", sitemap, StringComparison.Ordinal);
    }
}
