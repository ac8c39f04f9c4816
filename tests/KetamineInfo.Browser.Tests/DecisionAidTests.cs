using System.Text;
using System.Text.RegularExpressions;
using KetamineInfo.Browser.Tests.Support;

namespace KetamineInfo.Browser.Tests;

/// <summary>The options grid and "what matters to you", as a reader uses them before an appointment.</summary>
[Collection(SharedBrowser.Name)]
public sealed partial class DecisionAidTests(BrowserSite site)
{
    [Fact]
    public async Task OptionsPage_PrintsOnTwoPagesAtMost_WithEveryOption()
    {
        var page = await site.NewPageAsync(1280, 800);
        await page.GotoAsync("/treatment-options");
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });

        Assert.Equal(7, await page.Locator(".article-body table tbody tr").CountAsync());
        var pdf = Encoding.Latin1.GetString(await page.PdfAsync());
        Assert.InRange(PdfPage().Count(pdf), 1, 2);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OptionsPage_OnAPhone_IsOneCardPerOption_WithEveryRowLabelled()
    {
        var page = await site.NewPageAsync(360, 800);
        await page.GotoAsync("/treatment-options");

        var labels = await page.Locator(".article-body tbody tr:first-child td[data-label]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.getAttribute('data-label'))");
        Assert.Contains("Chance of feeling much better", labels);
        Assert.Equal("block", await page.Locator(".article-body tbody tr").First.EvaluateAsync<string>("row => getComputedStyle(row).display"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OptionsPage_TwoPickedOptions_AreShownSideBySide_AndAllComeBack()
    {
        var page = await site.NewPageAsync(360, 800);
        await page.GotoAsync("/treatment-options");
        var rows = page.Locator(".article-body tbody tr");

        await rows.Nth(0).Locator("label.compare-pick").ClickAsync();
        await rows.Nth(2).Locator("label.compare-pick").ClickAsync();

        Assert.Equal(2, await page.Locator(".article-body tbody tr:not([hidden])").CountAsync());
        Assert.StartsWith("Showing 2 options side by side: Esketamine nasal spray (Spravato)", await page.Locator(".compare-status").TextContentAsync(), StringComparison.Ordinal);
        await page.Locator(".compare-reset").ClickAsync();
        Assert.Equal(7, await page.Locator(".article-body tbody tr:not([hidden])").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WhatMatters_BuildsASummaryInThePage_WithoutASingleRequestOrStoredByte()
    {
        var page = await site.NewPageAsync(360, 800);
        await page.GotoAsync("/what-matters");
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.Locator("fieldset[data-statement=cost] label", new() { HasText = "Strongly agree" }).ClickAsync();
        await page.Locator("fieldset[data-statement=memory] label", new() { HasText = "Disagree" }).First.ClickAsync();
        await page.Locator("fieldset[data-sure=sure] label", new() { HasText = "No" }).ClickAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("[data-values-summarize]").ClickAsync();

        var summary = page.Locator("#summary");
        Assert.True(await summary.IsVisibleAsync());
        Assert.Equal("summary-heading", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        var questions = await summary.Locator("[data-values-questions] li").AllTextContentsAsync();
        Assert.Contains("What would each option cost me in total, and what does my insurance cover?", questions);
        Assert.DoesNotContain(questions, q => q.Contains("memory", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.StartsWith("I am not yet sure", StringComparison.Ordinal));
        Assert.Contains("Cost matters a lot to me. Strongly agree.", await summary.TextContentAsync(), StringComparison.Ordinal);
        Assert.Empty(requests);
        Assert.Empty(await page.Context.CookiesAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length + sessionStorage.length"));
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PdfPage();
}
