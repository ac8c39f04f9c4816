using System.Text;
using System.Text.RegularExpressions;
using KetamineInfo.Browser.Tests.Support;
using KetamineInfo.Content.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace KetamineInfo.Browser.Tests;

/// <summary>The options grid and "what matters to you", as a reader uses them before an appointment.</summary>
[Collection(SharedBrowser.Name)]
public sealed partial class DecisionAidTests(BrowserSite site)
{
    /// <summary>How many options the grid's data (content/decision) holds, as the running site loaded it.</summary>
    private int OptionCount => site.Services.GetRequiredService<ContentStore>().Current.TreatmentOptions!.Options.Count;

    [Fact]
    public async Task OptionsPage_PrintsTheGridOnTwoSheets_ThenItsSafetyWordsAndSources()
    {
        var page = await site.NewPageAsync(1280, 800);
        await page.GotoAsync("/treatment-options");
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        Assert.Equal(OptionCount, await page.Locator(".option-card[data-option]").CountAsync());

        var wholePage = await PrintedSheets(page);
        // What follows the grid cannot move the grid's own page breaks: without it, the sheets left are the grid's.
        await page.EvaluateAsync("() => document.querySelectorAll('.options-grid ~ *, .article-body ~ *').forEach(e => e.remove())");
        var gridSheets = await PrintedSheets(page);

        Assert.InRange(gridSheets, 1, 2);            // the crisis lines, the introduction and every card
        Assert.InRange(wholePage, gridSheets, 4);    // then who should not have which treatment, the questions and 60-odd sources
        await page.Context.CloseAsync();
    }

    /// <summary>Sheets as the reader's printer would lay them out: the page's own size (A4 landscape), not Playwright's Letter default.</summary>
    private static async Task<int> PrintedSheets(Microsoft.Playwright.IPage page) =>
        PdfPage().Count(Encoding.Latin1.GetString(await page.PdfAsync(new() { PreferCSSPageSize = true })));

    [Fact]
    public async Task OptionsPage_At1280_ShowsCardsSideBySide_WithoutSidewaysScrolling()
    {
        var page = await site.NewPageAsync(1280, 800);
        await page.GotoAsync("/treatment-options");

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        var tops = await page.Locator(".option-card").EvaluateAllAsync<double[]>("cards => cards.map(c => Math.round(c.getBoundingClientRect().top))");
        Assert.True(tops.Distinct().Count() < tops.Length, "at 1280 px at least two cards share a row");
        var rights = await page.Locator(".option-card").EvaluateAllAsync<double[]>("cards => cards.map(c => c.getBoundingClientRect().right)");
        Assert.All(rights, right => Assert.True(right <= 1280, $"a card ends at {right} px"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OptionsPage_OnAPhone_IsOneCardPerOption_OneAfterAnother()
    {
        var page = await site.NewPageAsync(360, 800);
        await page.GotoAsync("/treatment-options");

        var boxes = await page.Locator(".option-card").EvaluateAllAsync<double[][]>("cards => cards.map(c => { const r = c.getBoundingClientRect(); return [r.left, r.top, r.width]; })");
        Assert.Equal(OptionCount, boxes.Length);
        Assert.Equal(OptionCount, boxes.Select(b => b[1]).Distinct().Count()); // every card on its own row
        Assert.All(boxes, b => Assert.InRange(b[2], 300, 360));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OptionsPage_UpToThreePickedOptions_AreShownAlone_AndAllComeBack()
    {
        var page = await site.NewPageAsync(1280, 800);
        await page.GotoAsync("/treatment-options");

        await page.Locator("[data-option=ect] label.compare-pick").ClickAsync();
        await page.Locator("[data-option=rtms] label.compare-pick").ClickAsync();
        await page.Locator("[data-option=esketamine] label.compare-pick").ClickAsync();
        Assert.Equal(OptionCount, await page.Locator(".option-card:not([hidden])").CountAsync()); // ticking alone hides nothing
        await page.Locator(".compare-go").ClickAsync();

        Assert.Equal(["esketamine", "ect", "rtms"], await page.Locator(".option-card:not([hidden])").EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.option)"));
        Assert.True(await page.Locator("[data-option=staying] input.compare").IsDisabledAsync()); // three at most
        Assert.StartsWith("Showing 3 options side by side: Esketamine nasal spray (Spravato), ECT", await page.Locator(".compare-status").TextContentAsync(), StringComparison.Ordinal);
        await page.Locator(".compare-reset").ClickAsync();
        Assert.Equal(OptionCount, await page.Locator(".option-card:not([hidden])").CountAsync());
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

        await page.Locator("fieldset[data-statement=covered] label", new() { HasText = "Strongly agree" }).ClickAsync();
        await page.Locator("fieldset[data-statement=memory] label", new() { HasText = "Disagree" }).First.ClickAsync();
        await page.Locator("fieldset[data-sure=sure] label", new() { HasText = "No" }).ClickAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("[data-values-summarize]").ClickAsync();

        var summary = page.Locator("#summary");
        Assert.True(await summary.IsVisibleAsync());
        Assert.Equal("summary-heading", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        var questions = await summary.Locator("[data-values-questions] li").AllTextContentsAsync();
        Assert.Contains("Which options are available to me on the NHS or covered by my insurance, and what would I pay?", questions);
        Assert.DoesNotContain(questions, q => q.Contains("memory", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.StartsWith("I am not yet sure", StringComparison.Ordinal));
        Assert.Contains("I want a treatment my health service or my insurance pays for. Strongly agree.", await summary.TextContentAsync(), StringComparison.Ordinal);
        Assert.Empty(requests);
        Assert.Empty(await page.Context.CookiesAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length + sessionStorage.length"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WhatMatters_NotReadyToChoose_IsAnAnswer_ThatAsksForTimeAndSupport()
    {
        var page = await site.NewPageAsync(360, 800);
        await page.GotoAsync("/what-matters");

        await page.Locator("[data-leaning] label", new() { HasText = "I am not ready to choose yet" }).ClickAsync();
        await page.Locator("[data-values-summarize]").ClickAsync();

        var summary = await page.Locator("#summary").TextContentAsync();
        Assert.Contains("Which option are you leaning towards now? I am not ready to choose yet", summary, StringComparison.Ordinal);
        Assert.Contains("I am not yet sure about my choice.", summary, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PdfPage();
}
