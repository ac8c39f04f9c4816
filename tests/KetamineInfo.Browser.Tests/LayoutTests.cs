using KetamineInfo.Browser.Tests.Support;
using Microsoft.Playwright;

namespace KetamineInfo.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class LayoutTests(BrowserSite site)
{
    public static TheoryData<string, int> PagesAtBothWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in SitePages.All)
        {
            data.Add(path, 360);
            data.Add(path, 1280);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAtBothWidths))]
    public async Task Page_HasNoHorizontalOverflow(string path, int width)
    {
        var page = await site.NewPageAsync(width, 800);
        await page.GotoAsync(path);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (BrowserSite.TakeScreenshots)
        {
            // For people to look at (SCREENSHOTS=1): nothing compares them, so they are not taken by default.
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(BrowserSite.ScreenshotFolder, $"{ShotName(path)}-{width}.png"),
                FullPage = true,
            });
        }

        Assert.Equal(0, overflow);
        await page.Context.CloseAsync();
    }

    private static string ShotName(string path)
    {
        var name = new string(path.Trim('/').Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_').ToArray());
        return name.Length == 0 ? "home" : name;
    }

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
