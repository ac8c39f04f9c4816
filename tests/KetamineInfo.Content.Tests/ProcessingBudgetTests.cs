using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Loading;
using KetamineInfo.Content.Tests.Support;
using Microsoft.Extensions.FileProviders;

namespace KetamineInfo.Content.Tests;

/// <summary>
/// Markdown that Markdig parses in quadratic time is stopped at the per-file time budget and reported, and the
/// file keeps its last good version. The clock ticks 10 ms per reading, so the budget (2 s) trips after 200
/// checks on any machine; the 30 s wait only turns a hang into a failure (before the budget, "[a](" × 100,000
/// took a minute to parse).
/// </summary>
public sealed class ProcessingBudgetTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly ContentLimits Limits = new() { MaxProcessingTime = TimeSpan.FromSeconds(2) };
    private readonly TempContent _content = new();

    public ProcessingBudgetTests() => _content.Article("other", "Another page.");

    public void Dispose() => _content.Dispose();

    public static TheoryData<string, int> QuadraticShapes => new()
    {
        { "[a](", 100_000 },  // link openers whose destination never closes
        { "[a](b", 80_000 },  // ... with a destination
        { "[a](x (", 60_000 }, // ... with a title in parentheses, across spaces
        { "![a](", 80_000 },  // image openers
    };

    [Theory]
    [MemberData(nameof(QuadraticShapes))]
    public async Task QuadraticMarkdown_IsStoppedAtTheBudget_AndTheLastGoodVersionStays(string unit, int count)
    {
        _content.Article("hostile", "The good version.");
        var first = _content.Load();
        _content.Article("hostile", string.Concat(Enumerable.Repeat(unit, count)));
        var clock = new TickingClock(TempContent.Today, TimeSpan.FromMilliseconds(10));

        var second = await Task.Run(() => _content.Loader(Limits, clock).Load(first)).WaitAsync(Patience);

        var error = Assert.Single(second.Diagnostics, d => d.Code == DiagnosticCodes.OverTimeBudget.Id);
        Assert.Equal("content/articles/hostile.md", error.Path);
        Assert.StartsWith("parsing took longer than 2 s", error.Message, StringComparison.Ordinal);
        Assert.Contains("The good version.", second.ArticlesBySlug["hostile"].Body.Html, StringComparison.Ordinal);
        Assert.Contains(second.Diagnostics, d => d.Code == DiagnosticCodes.StaleVersionServed.Id && d.Path == error.Path);
        Assert.Contains("Another page.", second.ArticlesBySlug["other"].Body.Html, StringComparison.Ordinal);
        // Stopped at its 201st check, not left to run: the other files and YAML take a few readings each.
        Assert.InRange(clock.Readings, 201, 300);
    }

    [Fact]
    public async Task QuadraticMarkdown_InANewFile_IsReportedAndNotServed()
    {
        _content.Article("hostile", string.Concat(Enumerable.Repeat("[a](", 100_000)));
        var clock = new TickingClock(TempContent.Today, TimeSpan.FromMilliseconds(10));

        var snapshot = await Task.Run(() => _content.Loader(Limits, clock).Load()).WaitAsync(Patience);

        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.OverTimeBudget.Id && d.Path == "content/articles/hostile.md");
        Assert.False(snapshot.ArticlesBySlug.ContainsKey("hostile"));
        Assert.True(snapshot.ArticlesBySlug.ContainsKey("other"));
    }

    [Fact]
    public async Task DashesOnOneLine_AreOneRuleAndCostAFewChecks()
    {
        // "- " × 400,000 was reported at 12.5 s; here it parses as one thematic break with no inline work.
        _content.Article("dashes", string.Concat(Enumerable.Repeat("- ", 400_000)));
        var clock = new TickingClock(TempContent.Today, TimeSpan.FromMilliseconds(10));

        var snapshot = await Task.Run(() => _content.Loader(Limits, clock).Load()).WaitAsync(Patience);

        Assert.DoesNotContain(snapshot.Diagnostics, d => d.IsError);
        Assert.Contains("<hr", snapshot.ArticlesBySlug["dashes"].Body.Html, StringComparison.Ordinal);
        Assert.InRange(clock.Readings, 1, 100);
    }

    [Fact]
    public void RealArticles_StayWellInsideTheBudget()
    {
        // A tick of 1 ms per check: every shipped file must need fewer than 2,000 checks per phase.
        var clock = new TickingClock(TempContent.Today, TimeSpan.FromMilliseconds(1));
        using var provider = new PhysicalFileProvider(Repository.ContentPath);

        var snapshot = new ContentLoader(provider, clock, "content", Limits).Load();

        Assert.DoesNotContain(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.OverTimeBudget.Id);
        Assert.Equal(Directory.GetFiles(Path.Combine(Repository.ContentPath, "articles"), "*.md").Length, snapshot.ArticlesBySlug.Count);
    }
}
