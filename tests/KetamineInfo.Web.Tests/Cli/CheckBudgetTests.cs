using KetamineInfo.Tests.Shared;
using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Cli;

/// <summary>The real <c>check</c> fails when loading all the content is over its time budget, naming the slowest files with their times.</summary>
public sealed class CheckBudgetTests : IDisposable
{
    private readonly ContentCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task LoadOverItsTimeBudget_FailsCheck_AtTheSlowestFile_WithTheFigures()
    {
        var (exit, output) = await RunAsync(("Content__MaxLoadTime", "00:00:00"));

        Assert.Equal(1, exit);
        Assert.Matches(@"content/[a-z/-]+\.md:1:1: error KI0131: loading all the content took \d+\.\d s, over the 0 s budget; the slowest files: content/[a-z/-]+\.md \d+\.\d s", output);

        (exit, output) = await RunAsync();

        Assert.True(exit == 0, output);
        Assert.DoesNotContain("KI0131", output, StringComparison.Ordinal);
    }

    private Task<(int Exit, string Output)> RunAsync(params (string Key, string Value)[] settings) =>
        AppProcess.RunAsync(
            new Dictionary<string, string>(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))) { ["Content__Path"] = _content.Root },
            "check");
}
