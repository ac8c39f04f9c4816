using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using KetamineInfo.Browser.Tests.Support;
using KetamineInfo.Web.Feedback;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KetamineInfo.Browser.Tests;

/// <summary>"Was this page useful?" in a real browser, with JavaScript on and off, stored in the real SQLite file.</summary>
[Collection(SharedBrowser.Name)]
public sealed class FeedbackTests(BrowserSite site)
{
    [Fact]
    public async Task WithJavaScript_TheBoxOpensAfterAnAnswer_AndTheThankYouTakesFocus()
    {
        var page = await site.NewPageAsync(360, 800);
        await page.GotoAsync("/articles/your-treatment-day");
        var box = page.Locator("#feedback textarea");
        Assert.False(await box.IsVisibleAsync()); // the optional box waits for an answer
        var words = $"The table of times was hard to read on my phone ({Unique()}).";

        await page.Locator("#feedback label", new() { HasText = "No" }).ClickAsync();
        await box.FillAsync(words);
        Assert.Equal($"{1000 - words.Length} of 1000 characters left.", await page.Locator("[data-feedback-count]").TextContentAsync());
        await page.Locator("#feedback button[type=submit]").ClickAsync();
        await page.Locator("#feedback .feedback-thanks").WaitForAsync();

        Assert.Equal("feedback-thanks", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        Assert.EndsWith("/articles/your-treatment-day", page.Url, StringComparison.Ordinal); // no page load
        var stored = await StoredAsync(words);
        Assert.Equal(("your-treatment-day", (bool?)false), (stored.Article, stored.Useful));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WithoutJavaScript_ItPostsAndComesBackToTheThankYou()
    {
        var page = await site.NewPageAsync(360, 800, javaScript: false);
        await page.GotoAsync("/articles/how-ketamine-works");
        var words = $"Clear, thank you ({Unique()}).";

        await page.Locator("#feedback input[value=yes]").CheckAsync();
        await page.Locator("#feedback textarea").FillAsync(words);
        await page.Locator("#feedback button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/articles/how-ketamine-works?feedback=thanks#feedback");

        Assert.True(await page.Locator("#feedback .feedback-thanks").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("#feedback form").CountAsync());
        Assert.Equal(("how-ketamine-works", (bool?)true), ((await StoredAsync(words)).Article, (await StoredAsync(words)).Useful));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task OpenForm_AndReportPage_HaveNoWcagAAViolations(ColorScheme scheme)
    {
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] } };
        var page = await site.NewPageAsync(360, 800, scheme);
        await page.GotoAsync("/articles/what-is-ketamine");
        await page.Locator("#feedback label", new() { HasText = "Yes" }).ClickAsync();

        var form = await page.Locator("#feedback").RunAxe(options);
        await page.GotoAsync("/feedback?article=what-is-ketamine&kind=error-report");
        var report = await page.RunAxe(options);

        Assert.NotEmpty(form.Passes);
        Assert.True(form.Violations.Length + report.Violations.Length == 0, string.Join("\n", form.Violations.Concat(report.Violations).Select(v => $"{v.Id}: {v.Help}")));
        await page.Context.CloseAsync();
    }

    // Letters only: a run of digits would rightly be masked as a possible phone number before it is stored.
    private static string Unique() => new([.. Guid.NewGuid().ToString("N").Select(c => char.IsAsciiDigit(c) ? (char)('g' + (c - '0')) : c)]);

    private async Task<FeedbackEntry> StoredAsync(string text) =>
        (await site.Services.GetRequiredService<IFeedbackStore>().ReadAsync(null, CancellationToken.None)).Single(e => e.Text == text);
}
