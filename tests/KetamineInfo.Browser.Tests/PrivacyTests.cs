using KetamineInfo.Browser.Tests.Support;
using Microsoft.Playwright;

namespace KetamineInfo.Browser.Tests;

/// <summary>Sharing that keeps the reader's privacy. (Each page's own-origin, no-cookie and CSP checks run with axe, on the same page load.)</summary>
[Collection(SharedBrowser.Name)]
public sealed class PrivacyTests(BrowserSite site)
{
    [Fact]
    public async Task Share_WithoutShareSheet_CopiesTheUrlAndSaysSo()
    {
        var page = await site.NewPageAsync(360, 800);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.BaseAddress.GetLeftPart(UriPartial.Authority) });
        await page.AddInitScriptAsync("delete Navigator.prototype.share;");
        await page.GotoAsync("/articles/ketamine-for-depression");

        await page.Locator(".share-link").ClickAsync();

        await Assertions.Expect(page.Locator(".share-status")).ToContainTextAsync("Link copied");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.EndsWith("/articles/ketamine-for-depression", copied, StringComparison.Ordinal);
        Assert.EndsWith("/articles/ketamine-for-depression", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
