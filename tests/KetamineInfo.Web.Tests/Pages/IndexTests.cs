using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Pages;

[Collection(SharedSite.Name)]
public sealed class IndexTests(SiteFactory site)
{
    [Fact]
    public async Task Get_Home_ListsPublishedArticlesInEditorOrder()
    {
        var page = await site.CreateClient().GetDocumentAsync("/");

        var links = page.QuerySelectorAll(".article-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/articles/first-article", "/articles/second-article"], links);
        Assert.Equal("The first article in the order editors set.", page.QuerySelector(".article-list li p")!.TextContent);
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task Get_Home_HasCrisisHelp()
    {
        var page = await site.CreateClient().GetDocumentAsync("/");

        Assert.NotNull(page.QuerySelector(".crisis a[href='tel:988']"));
    }
}
