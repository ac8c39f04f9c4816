using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using KetamineInfo.Browser.Tests.Support;
using Microsoft.Playwright;

namespace KetamineInfo.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
        },
    };

    public static TheoryData<string, string> PagesInBothThemes()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in SitePages.All)
        {
            data.Add(path, "light");
            data.Add(path, "dark");
        }

        return data;
    }

    /// <summary>
    /// One page load per page and theme serves two checks: axe's WCAG 2.2 AA rules, and privacy — every
    /// request the page makes (through the load and axe's run) goes to this site, no cookie is set, and
    /// nothing trips the Content-Security-Policy.
    /// </summary>
    [Theory]
    [MemberData(nameof(PagesInBothThemes))]
    public async Task Page_HasNoWcagAAViolations_AndTalksOnlyToThisSite(string path, string theme)
    {
        var page = await site.NewPageAsync(scheme: theme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
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
        await page.GotoAsync(path);

        // axe takes a second or two after the load event: requests the page makes late are seen meanwhile.
        var result = await page.RunAxe(WcagAA);

        Assert.NotEmpty(result.Passes); // axe really ran its rules on this page
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
        var origin = site.BaseAddress.GetLeftPart(UriPartial.Authority);
        Assert.NotEmpty(requests);
        Assert.All(requests, url => Assert.StartsWith(origin, url, StringComparison.Ordinal));
        Assert.Empty(await page.Context.CookiesAsync());
        Assert.Empty(violations); // nothing on the page needs what the CSP forbids
        await page.Context.CloseAsync();
    }
}
