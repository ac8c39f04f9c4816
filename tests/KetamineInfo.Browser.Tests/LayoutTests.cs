using KetamineInfo.Browser.Tests.Support;
using Microsoft.Playwright;

namespace KetamineInfo.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class LayoutTests(BrowserSite site)
{
    // Overflow at 360 and 1280 px is checked in the same page loads as axe (AccessibilityTests).

    [Fact]
    public async Task BodyText_IsAtLeast18PixelsOnPhones()
    {
        var page = await site.NewPageAsync(360, 800);
        await page.GotoAsync("/articles/ketamine-for-depression");

        var size = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('.article-body p')).fontSize)");

        Assert.True(size >= 18, $"body text is {size}px");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Article_IsFullyReadableWithJavaScriptOff()
    {
        var page = await site.NewPageAsync(360, 800, javaScript: false);
        await page.GotoAsync("/articles/side-effects-and-risks");

        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.True(await page.Locator(".article-body p").First.IsVisibleAsync());
        Assert.True(await page.Locator("#sources li").CountAsync() >= 5);
        Assert.True(await page.Locator(".crisis-quick a[href='tel:988']").IsVisibleAsync());
        await page.Context.CloseAsync();
    }
}
