using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using KetamineInfo.Browser.Tests.Support;
using Microsoft.Playwright;

namespace KetamineInfo.Browser.Tests;

[Collection(AccessibilityBrowser.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
        },
        // Every node of every violation in full; for passing rules one node each is enough to show axe ran them,
        // and gathering all of them was most of axe's time on a long article.
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>Each page twice: the light theme on a phone, the dark theme on a desktop.</summary>
    public static TheoryData<string, string, int> PagesInBothThemesAndWidths()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var path in SitePages.All)
        {
            data.Add(path, "light", 360);
            data.Add(path, "dark", 1280);
        }

        return data;
    }

    /// <summary>
    /// One page load per page, theme and width serves three checks: axe's WCAG 2.2 AA rules; nothing wider
    /// than the screen (no sideways scrolling); and privacy — every request the page makes (through the load
    /// and axe's run) goes to this site, no cookie is set, and nothing trips the Content-Security-Policy.
    /// </summary>
    [Theory]
    [MemberData(nameof(PagesInBothThemesAndWidths))]
    public async Task Page_HasNoWcagAAViolations_NoOverflow_AndTalksOnlyToThisSite(string path, string theme, int width)
    {
        var page = await site.NewPageAsync(width, 800, scheme: theme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
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
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (BrowserSite.TakeScreenshots)
        {
            // For people to look at (SCREENSHOTS=1): nothing compares them, so they are not taken by default.
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(BrowserSite.ScreenshotFolder, $"{ShotName(path)}-{theme}-{width}.png"),
                FullPage = true,
            });
        }

        // axe takes a second or two after the load event: requests the page makes late are seen meanwhile.
        var result = await page.RunAxe(WcagAA);

        Assert.Equal(0, overflow);
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

    private static string ShotName(string path)
    {
        var name = new string(path.Trim('/').Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_').ToArray());
        return name.Length == 0 ? "home" : name;
    }
}
