using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Loading;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

/// <summary>A page that renders to more HTML than a page may be is an error with its figure, and readers keep the last good version.</summary>
public sealed class PageBudgetTests
{
    // A valid table of 2,000 short rows: a small file that renders to many times its size.
    private static readonly string Table = "| A | B | C |\n|---|---|---|\n" + string.Concat(Enumerable.Repeat("| a | b | c |\n", 2000));

    [Fact]
    public void PageOverTheRenderedBudget_IsAnError_WithItsSize_AndTheLastGoodVersionStays()
    {
        using var content = new TempContent();
        content.Article("big", "Words before the table.");
        var loader = content.Loader(ContentLimits.Default with { MaxRenderedBytes = 64 * 1024 });
        var first = loader.Load();
        content.Article("big", "Words before the table.\n\n" + Table);

        var second = loader.Load(first);

        var error = Assert.Single(second.Diagnostics, d => d.Code == DiagnosticCodes.RenderedTooLarge.Id);
        Assert.Equal("content/articles/big.md", error.Path);
        Assert.Matches(@"^the page renders to \d+\.\d MB of HTML, over the 0\.1 MB a page may be", error.Message);
        Assert.DoesNotContain("<table", second.ArticlesBySlug["big"].Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void PageUnderTheBudget_Passes()
    {
        using var content = new TempContent();
        content.Article("big", "Words before the table.\n\n" + Table);

        var snapshot = content.Loader(ContentLimits.Default with { MaxRenderedBytes = 4 * 1024 * 1024 }).Load();

        Assert.DoesNotContain(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.RenderedTooLarge.Id);
        Assert.Contains("<table", snapshot.ArticlesBySlug["big"].Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void LastLoadTimes_NameEveryFileRead_SlowestFirst()
    {
        using var content = new TempContent();
        content.Article("small", "Short.").Article("big", "Words.\n\n" + Table);
        var loader = content.Loader(clock: TimeProvider.System);

        loader.Load();

        var times = loader.LastLoadTimes;
        Assert.Equal("content/articles/big.md", times[0].Path);
        Assert.Contains(times, t => t.Path == "content/articles/small.md");
    }
}
