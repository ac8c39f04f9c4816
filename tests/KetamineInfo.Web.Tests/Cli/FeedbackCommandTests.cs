using System.Text;
using KetamineInfo.Web.Feedback;
using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Cli;

/// <summary>
/// The real <c>feedback</c> command over a SQLite file filled through the real store, on the fixture content.
/// The command runs on the real clock, so entries are placed relative to now.
/// </summary>
public sealed class FeedbackCommandTests : IDisposable
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private readonly FeedbackFile _feedback = new();
    private readonly TempFolder _out = new();

    public void Dispose()
    {
        _feedback.Dispose();
        _out.Dispose();
    }

    [Fact]
    public async Task Feedback_PrintsCountsPerWindowAndVersion_AndTheNewestFiveCommentsEscaped()
    {
        var current = FeedbackFile.CurrentVersionOf("first-article");
        await _feedback.FillAsync(
        [
            new("first-article", current, FeedbackKind.Answer, true, "Clear and kind", Now.AddDays(-1)),
            new("first-article", current, FeedbackKind.Answer, false, "Red \u001b[31mtext\nforged line", Now.AddDays(-2)),
            new("first-article", "000000000000", FeedbackKind.Answer, true, null, Now.AddDays(-45)),
            new("first-article", current, FeedbackKind.ErrorReport, null, "Reference 2 is dead", Now.AddDays(-50)),
            new("first-article", "000000000000", FeedbackKind.Answer, false, null, Now.AddDays(-200)),
            new("gone-article", "111111111111", FeedbackKind.Answer, true, null, Now.AddDays(-3)),
            .. Enumerable.Range(1, 6).Select(h => new FeedbackEntry("second-article", "222222222222", FeedbackKind.Answer, false, $"comment {h} hours ago", Now.AddHours(-h))),
        ]);

        var (exit, output) = await RunAsync("feedback");

        Assert.Equal(0, exit);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var first = lines.IndexOf("first-article: First article");
        Assert.Equal(
        [
            "  last 30 days:          1 useful, 1 not useful (50% useful), 0 error reports",
            "  last 90 days:          2 useful, 1 not useful (67% useful), 1 error report",
            "  since current version: 1 useful, 1 not useful (50% useful), 1 error report",
            $"    {Hour(-1):yyyy-MM-dd HH:mm}  answer, useful: Clear and kind",
            $"    {Hour(-2):yyyy-MM-dd HH:mm}  answer, not useful: Red \\u001B[31mtext\\nforged line",
            $"    {Hour(-50):yyyy-MM-dd HH:mm}  error-report: Reference 2 is dead",
        ], lines[(first + 1)..(first + 7)]);
        Assert.StartsWith("second-article: ", lines[first + 7], StringComparison.Ordinal);
        var second = lines.Skip(first + 8).Take(8).ToList();
        Assert.Equal("  since current version: 0 useful, 0 not useful, 0 error reports", second[2]); // all from another version
        Assert.Equal(["comment 1 hours ago", "comment 2 hours ago", "comment 3 hours ago", "comment 4 hours ago", "comment 5 hours ago"],
            second.Skip(3).Take(5).Select(l => l[(l.IndexOf(": ", StringComparison.Ordinal) + 2)..]));
        Assert.DoesNotContain(lines, l => l.EndsWith("comment 6 hours ago", StringComparison.Ordinal));
        var gone = lines.IndexOf("gone-article: (no longer in the content)");
        Assert.True(gone > first, output);
        Assert.Equal("  since current version: -", lines[gone + 3]);
        Assert.DoesNotContain("pages/about: About this site", lines);
        Assert.Contains("1 more page has no feedback in the last 90 days (feedback --all lists them)", lines);

        var (_, everything) = await RunAsync("feedback", "--all");

        Assert.Contains("pages/about: About this site", everything.Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public async Task Feedback_FlagsAFlood_InsteadOfReportingItsCountsAsReaders()
    {
        // A script's 871 "not useful" answers in one hour, beside three real answers a day earlier.
        var current = FeedbackFile.CurrentVersionOf("second-article");
        var hour = FeedbackEntry.HourOf(Now.AddHours(-2));
        await _feedback.FillAsync(
        [
            .. Enumerable.Range(0, 3).Select(i => new FeedbackEntry("second-article", current, FeedbackKind.Answer, true, null, Now.AddDays(-1))),
            .. Enumerable.Range(0, 871).Select(i => new FeedbackEntry("second-article", current, FeedbackKind.Answer, false, null, hour)),
            .. Enumerable.Range(0, 100).Select(i => new FeedbackEntry("first-article", current, FeedbackKind.Answer, true, null, hour)),
        ]);

        var (exit, output) = await RunAsync("feedback");

        Assert.Equal(0, exit);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var second = lines.IndexOf("second-article: Second article, first by alphabet");
        Assert.True(second >= 0, output);
        Assert.Equal($"  possible flood: 871 answers in the hour from {hour.UtcDateTime:yyyy-MM-dd HH:mm} UTC; the counts may not be readers': read the comments before acting on them", lines[second + 1]);
        Assert.Equal("  last 30 days:          3 useful, 871 not useful (0% useful), 0 error reports", lines[second + 2]);
        Assert.DoesNotContain(lines, l => l.Contains("possible flood: 100 answers", StringComparison.Ordinal)); // 100 an hour is not flagged
    }

    [Fact]
    public async Task Feedback_Csv_WritesEveryEntryQuoted_WithFormulasDefused()
    {
        var hour = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
        await _feedback.FillAsync(
            new("first-article", "0123456789ab", FeedbackKind.Answer, false, "=HYPERLINK(\"http://x\"), then\na new line", hour),
            new("first-article", "0123456789ab", FeedbackKind.ErrorReport, null, "@SUM(1)", hour.AddHours(1)),
            new("second-article", "0123456789ab", FeedbackKind.Answer, true, null, hour.AddHours(2)),
            new("second-article", "0123456789ab", FeedbackKind.Answer, true, "-2 stars, +1 for tone", hour.AddHours(3)));
        var file = _out.PathOf("feedback.csv");
        Directory.CreateDirectory(_out.Root);

        var (exit, output) = await RunAsync("feedback", "--csv", file);

        Assert.Equal(0, exit);
        Assert.Contains($"wrote 4 feedback entries from SQLite at {_feedback.Path} to {file}", output, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(
            "page,title,content_version,kind,useful,text,hour_utc\r\n" +
            "\"first-article\",\"First article\",\"0123456789ab\",\"answer\",\"no\",\"'=HYPERLINK(\"\"http://x\"\"), then\na new line\",\"2026-11-27T09:00Z\"\r\n" +
            "\"first-article\",\"First article\",\"0123456789ab\",\"error-report\",\"\",\"'@SUM(1)\",\"2026-11-27T10:00Z\"\r\n" +
            "\"second-article\",\"Second article, first by alphabet\",\"0123456789ab\",\"answer\",\"yes\",\"\",\"2026-11-27T11:00Z\"\r\n" +
            "\"second-article\",\"Second article, first by alphabet\",\"0123456789ab\",\"answer\",\"yes\",\"'-2 stars, +1 for tone\",\"2026-11-27T12:00Z\"\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task Feedback_PurgeOlderThan_DeletesOnlyOlderEntries_AndSaysHowMany()
    {
        await _feedback.FillAsync(
            new("first-article", "a", FeedbackKind.Answer, true, null, Now.AddDays(-10)),
            new("first-article", "a", FeedbackKind.Answer, true, null, Now.AddDays(-400)),
            new("second-article", "a", FeedbackKind.Answer, false, null, Now.AddDays(-500)));

        var (exit, output) = await RunAsync("feedback", "--purge-older-than", "365");

        Assert.Equal(0, exit);
        Assert.Contains("deleted 2 feedback entries older than 365 days", output, StringComparison.Ordinal);
        var left = Assert.Single(await _feedback.Store.ReadAsync(null, default));
        Assert.Equal(FeedbackEntry.HourOf(Now.AddDays(-10)), left.Hour);
    }

    [Fact]
    public async Task Feedback_WhenTheStoreCannotBeOpened_SaysSoInOneLine()
    {
        // The file's folder would have to be made inside a regular file.
        Directory.CreateDirectory(_out.Root);
        await File.WriteAllTextAsync(_out.PathOf("not-a-folder"), "x");
        var path = _out.PathOf("not-a-folder/feedback.db");

        var (exit, output) = await RunWithAsync(path, "feedback");

        Assert.Equal(1, exit);
        Assert.Matches($"^feedback stopped: SQLite at {System.Text.RegularExpressions.Regex.Escape(path)} could not be used: IOException: .+\n$", output);
    }

    [Theory]
    [InlineData("feedback --purge-older-than needs a number of days from 1 to 36500", "--purge-older-than", "0")]
    [InlineData("feedback --purge-older-than needs a number of days from 1 to 36500", "--purge-older-than", "soon")]
    [InlineData("Required argument missing for option: '--csv'.", "--csv")]
    [InlineData("Unrecognized command or argument 'stray'.", "stray")]
    public async Task Feedback_WithWrongArguments_ExitsTwoAndTouchesNothing(string error, params string[] args)
    {
        var (exit, output) = await RunAsync(["feedback", .. args]);

        Assert.Equal(2, exit);
        Assert.StartsWith(error, output.Trim(), StringComparison.Ordinal);
        Assert.False(File.Exists(_feedback.Path));
    }

    [Fact]
    public async Task Feedback_Help_PrintsUsage_AndOpensNoStore()
    {
        var (exit, output) = await RunAsync("feedback", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Usage:\n  KetamineInfo.Web feedback [options]\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("  --purge-older-than <DAYS> ", output, StringComparison.Ordinal);
        Assert.False(File.Exists(_feedback.Path));
    }

    private static DateTime Hour(int days) => FeedbackEntry.HourOf(Now.AddDays(days)).UtcDateTime;

    private Task<(int Exit, string Output)> RunAsync(params string[] args) => RunWithAsync(_feedback.Path, args);

    private static Task<(int Exit, string Output)> RunWithAsync(string feedbackPath, params string[] args) =>
        AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = SiteFactory.FixtureContentPath, ["Feedback__Path"] = feedbackPath }, args);
}
