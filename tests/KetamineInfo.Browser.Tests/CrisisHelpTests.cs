using KetamineInfo.Browser.Tests.Support;
using Microsoft.Playwright;

namespace KetamineInfo.Browser.Tests;

/// <summary>
/// Crisis help on a small phone: a compact line that leaves the page readable, every other number one tap
/// away without script, and the whole list on paper.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class CrisisHelpTests(BrowserSite site)
{
    public static TheoryData<string> Articles => [.. SitePages.Articles];

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task OnA360By740Phone_TheArticleTitleStartsWithinTheTop320Pixels(string slug)
    {
        var page = await site.NewPageAsync(360, 740);
        await page.GotoAsync($"/articles/{slug}");

        var top = await page.EvaluateAsync<double>("() => document.querySelector('h1').getBoundingClientRect().top");
        var quickNumbers = await page.Locator(".crisis-quick a[href^='tel:']").CountAsync();

        Assert.InRange(top, 0, 320);
        Assert.True(await page.Locator(".crisis-quick a[href='tel:988']").IsVisibleAsync());
        Assert.True(await page.Locator(".crisis-quick a[href='tel:116123']").IsVisibleAsync());
        Assert.Equal(5, quickNumbers);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MoreHelpLines_OpenWithOneTap_WithoutJavaScript()
    {
        var page = await site.NewPageAsync(360, 740, javaScript: false);
        await page.GotoAsync("/articles/your-treatment-day");
        var chat = page.Locator(".crisis-more a[href='https://988lifeline.org']");
        Assert.False(await chat.IsVisibleAsync());

        await page.Locator(".crisis-more summary").ClickAsync();

        Assert.True(await chat.IsVisibleAsync());
        Assert.True(await page.Locator(".crisis-more a[href='tel:111']").IsVisibleAsync());
        Assert.True(await page.Locator(".crisis-more a[href='tel:112']").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PrintedPage_CarriesEveryCrisisLine()
    {
        var page = await site.NewPageAsync(1280, 800);
        await page.GotoAsync("/articles/side-effects-and-risks");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var printed = page.Locator(".crisis-print a");
        var hrefs = await page.Locator(".crisis-more a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        Assert.True(hrefs.Length >= 7);
        Assert.Equal(hrefs.Length, await printed.CountAsync());
        for (var i = 0; i < hrefs.Length; i++)
        {
            Assert.True(await printed.Nth(i).IsVisibleAsync(), $"{hrefs[i]} is not printed");
        }

        Assert.False(await page.Locator(".crisis-more").IsVisibleAsync());
        await page.Context.CloseAsync();
    }
}
