using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace KetamineInfo.Web.Tests.Editing;

public sealed class SuggestEditTests
{
    [Fact]
    public async Task EditUrlTemplate_AddsASuggestAChangeLinkToTheSourceFile()
    {
        using var site = new EditLinkSiteFactory();

        var page = await site.CreateClient().GetDocumentAsync("/articles/first-article");

        Assert.Equal("https://example.org/edit/main/content/articles/first-article.md", page.QuerySelector(".suggest-edit a")!.GetAttribute("href"));
    }

    private sealed class EditLinkSiteFactory : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Site:EditUrlTemplate", "https://example.org/edit/main/{path}");
        }
    }
}
