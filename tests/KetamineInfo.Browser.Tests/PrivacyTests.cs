using KetamineInfo.Browser.Tests.Support;
using Microsoft.Playwright;

namespace KetamineInfo.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class PrivacyTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(SitePages.AllPaths), MemberType = typeof(SitePages))]
    public async Task Page_RequestsOnlyItsOwnOrigin_AndSetsNoCookie(string path)
    {
        var page = await site.NewPageAsync(360, 800);
        var requests = new List<string>();
        var violations = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        var origin = site.BaseAddress.GetLeftPart(UriPartial.Authority);
        Assert.NotEmpty(requests);
        Assert.All(requests, url => Assert.StartsWith(origin, url, StringComparison.Ordinal));
        Assert.Empty(await page.Context.CookiesAsync());
        Assert.Empty(violations); // nothing on the page needs what the CSP forbids
        await page.Context.CloseAsync();
    }

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
