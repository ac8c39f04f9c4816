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

    [Theory]
    [MemberData(nameof(PagesInBothThemes))]
    public async Task Page_HasNoWcagAAViolations(string path, string theme)
    {
        var page = await site.NewPageAsync(scheme: theme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.GotoAsync(path);

        var result = await page.RunAxe(WcagAA);

        Assert.NotEmpty(result.Passes); // axe really ran its rules on this page
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
        await page.Context.CloseAsync();
    }
}
