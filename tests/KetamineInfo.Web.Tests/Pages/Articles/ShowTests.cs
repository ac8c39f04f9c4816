using System.Net;
using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Pages.Articles;

[Collection(SharedSite.Name)]
public sealed class ShowTests(SiteFactory site)
{
    [Fact]
    public async Task Get_Article_ShowsTitleKeyFactsDatesAndNotice()
    {
        var page = await site.CreateClient().GetDocumentAsync("/articles/first-article");

        Assert.Equal("First article", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("First article – KetamineInfo", page.Title);
        // The key facts come first: in the header, before the sharing tools and the body.
        var inShort = page.QuerySelector(".article-header section.in-short")!;
        Assert.Equal("In short", inShort.QuerySelector("h2")!.TextContent);
        Assert.Equal(3, inShort.QuerySelectorAll("li").Length);
        Assert.Null(page.QuerySelector(".article-body .in-short"));
        var dates = page.QuerySelector(".dates")!.TextContent;
        Assert.Contains("Last updated 26 November 2026", Normalize(dates), StringComparison.Ordinal);
        Assert.Contains("Next review due November 2027", Normalize(dates), StringComparison.Ordinal);
        // Never "Last reviewed" beside "not reviewed": the page says who checked it, or that nobody has.
        Assert.DoesNotContain("reviewed", Normalize(dates), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Not yet reviewed by a clinician.", page.QuerySelector(".reviewer")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Talk to", page.QuerySelector(".clinician-notice h2")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ReviewedArticle_NamesTheReviewer()
    {
        var page = await site.CreateClient().GetDocumentAsync("/articles/second-article");

        var review = page.QuerySelector(".reviewer")!;
        Assert.Equal("Medically reviewed by Dr Test Reviewer, MD, psychiatrist, on 27 November 2026.", Normalize(review.TextContent).Trim());
        Assert.Equal("/editorial-team#dr-test", review.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_Article_EveryCitationPointsAtItsSource()
    {
        var page = await site.CreateClient().GetDocumentAsync("/articles/first-article");

        var citations = page.QuerySelectorAll("sup.citation a");
        Assert.Equal(["1", "2", "1", "2", "1", "3"], citations.Select(a => a.TextContent));
        foreach (var citation in citations)
        {
            var target = page.QuerySelector(citation.GetAttribute("href")!);
            Assert.NotNull(target);
            Assert.Equal("li", target.LocalName);
            Assert.NotNull(target.Closest("#sources"));
        }

        var sources = page.QuerySelectorAll("#sources li");
        Assert.Equal(3, sources.Length);
        Assert.Equal("https://doi.org/10.1000/test.1", sources[0].QuerySelector("a.source-title")!.GetAttribute("href"));
        Assert.Equal("https://www.fda.gov/", sources[1].QuerySelector("a.source-title")!.GetAttribute("href"));
        Assert.Equal("https://pubmed.ncbi.nlm.nih.gov/12345678/", sources[2].QuerySelector("a.source-title")!.GetAttribute("href"));
        // The Sources section can be shared like any other section.
        Assert.Equal("#sources-heading", page.QuerySelector("#sources .heading-link")!.GetAttribute("href"));
        // Each source links back to where it was first cited.
        Assert.NotNull(page.QuerySelector(sources[2].QuerySelector("a.backlink")!.GetAttribute("href")!));
    }

    [Fact]
    public async Task Get_Article_RawHtmlInMarkdownIsText()
    {
        var page = await site.CreateClient().GetDocumentAsync("/articles/first-article");

        Assert.Empty(page.QuerySelectorAll(".article-body script"));
        Assert.Contains("<script>", page.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Article_LinksToOtherArticlesBySiteUrl()
    {
        var page = await site.CreateClient().GetDocumentAsync("/articles/second-article");

        Assert.NotNull(page.QuerySelector(".article-body a[href='/articles/first-article#blood-pressure']"));
        Assert.NotNull((await site.CreateClient().GetDocumentAsync("/articles/first-article")).QuerySelector("#blood-pressure"));
    }

    [Fact]
    public async Task Get_OldSlug_RedirectsPermanently()
    {
        using var response = await site.CreatePlainClient().GetAsync(new Uri("/articles/old-second", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/articles/second-article", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Get_ArticleWithChanges_ShowsPageHistoryNewestFirst()
    {
        var page = await site.CreateClient().GetDocumentAsync("/articles/second-article");

        var items = page.QuerySelectorAll(".page-history li");
        Assert.Equal(2, items.Length);
        Assert.StartsWith("24 November 2026: Fixed a typo.", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Medical content changed", items[1].TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".suggest-edit")); // no Site:EditUrlTemplate configured
    }

    [Fact]
    public async Task Get_Draft_IsNotFound() =>
        await site.CreateClient().GetDocumentAsync("/articles/draft-article", HttpStatusCode.NotFound);

    private static string Normalize(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
