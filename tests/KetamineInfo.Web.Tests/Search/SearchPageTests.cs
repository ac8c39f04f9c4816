using System.Net;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace KetamineInfo.Web.Tests.Search;

[Collection(SharedSite.Name)]
public sealed class SearchPageTests(SiteFactory site)
{
    [Theory]
    [InlineData("blood pressures", "/articles/first-article#blood-pressure")] // stemming
    [InlineData("hypertension", "/articles/first-article#blood-pressure")] // synonym (TestContent/search/vocabulary.yml)
    [InlineData("disociative", "/articles/first-article")] // one letter missing; the article's opening says it
    [InlineData("dissoshiative", "/articles/first-article")] // two edits in a long word
    [InlineData("BLOOD Pressure", "/articles/first-article#blood-pressure")] // case
    public async Task Search_UnderstandsPatientsWords(string query, string expectedUrl)
    {
        var hrefs = await ResultUrlsAsync(query);

        Assert.Contains(expectedUrl, hrefs.Take(3));
    }

    [Fact]
    public async Task Search_FindsGlossaryTerms()
    {
        var hrefs = await ResultUrlsAsync("dissociation");

        Assert.Contains("/glossary#dissociation", hrefs);
    }

    [Fact]
    public async Task Search_MarksMatchedWordsInTheSnippet_AndEncodesTheRest()
    {
        var page = await site.CreateClient().GetDocumentAsync("/search?q=pressure");

        var marks = page.QuerySelectorAll(".result-snippet mark").Select(m => m.TextContent.ToLowerInvariant()).ToList();
        Assert.Contains("pressure", marks);
        Assert.Empty(page.QuerySelectorAll(".result-snippet script, .result-snippet *:not(mark)"));
    }

    [Theory]
    [InlineData("\"(")]
    [InlineData("title:foo AND OR NOT")]
    [InlineData("*?~^[]{}\\/!:+-&&||")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    [InlineData("%00%ff")]
    public async Task Search_SyntaxAndHtmlInTheQuery_AreHarmless(string query)
    {
        var page = await site.CreateClient().GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(query, page.QuerySelector("#search-page-q")!.GetAttribute("value"));
        Assert.Empty(page.QuerySelectorAll("main script, main img, [onerror]"));
    }

    [Fact]
    public async Task Search_Empty_ShowsTheFormCalmly()
    {
        var page = await site.CreateClient().GetDocumentAsync("/search?q=");

        Assert.NotNull(page.QuerySelector("#search-page-q"));
        Assert.Null(page.QuerySelector(".search-results"));
    }

    [Fact]
    public async Task Search_NoResults_SuggestsTheGlossaryAndArticles()
    {
        var page = await site.CreateClient().GetDocumentAsync("/search?q=zzzzqqqq");

        var noResults = page.QuerySelector(".no-results")!;
        Assert.NotNull(noResults.QuerySelector("a[href='/glossary']"));
        Assert.NotNull(noResults.QuerySelector("a[href='/articles/first-article']"));
    }

    [Fact]
    public async Task Search_OverLongQuery_IsCutAt200Characters()
    {
        var query = string.Concat(Enumerable.Repeat("pressure ", 600));

        var page = await site.CreateClient().GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(200, page.QuerySelector("#search-page-q")!.GetAttribute("value")!.Length);
        Assert.Contains("first 200 characters", page.QuerySelector(".note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPage_HasASearchFormInTheHeader()
    {
        var page = await site.CreateClient().GetDocumentAsync("/articles/first-article");

        var form = page.QuerySelector("header form[role=search]")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=q]"));
    }

    [Fact]
    public async Task Search_IsRateLimitedPerClient()
    {
        using var limited = new RateLimitedSiteFactory();
        var client = limited.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            using var ok = await client.GetAsync(new Uri("/search?q=pressure", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var refused = await client.GetAsync(new Uri("/search?q=pressure", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        using var article = await client.GetAsync(new Uri("/articles/first-article", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, article.StatusCode); // only search is limited
    }

    private async Task<List<string>> ResultUrlsAsync(string query)
    {
        var page = await site.CreateClient().GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");
        return page.QuerySelectorAll(".search-results a.result-link").Select(a => a.GetAttribute("href")!).ToList();
    }

    private sealed class RateLimitedSiteFactory : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Search:PermitLimit", "3");
            builder.UseSetting("Search:Window", "00:01:00");
        }
    }
}
