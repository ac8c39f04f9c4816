using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Cli;

/// <summary>
/// The command line itself, run as editors and CI run it (a separate process on the app's dll): help and refusals
/// come from System.CommandLine, and the site's settings reach the host with any command.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly ContentCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData(null, "KetamineInfo.Web [command] [options]", new[] { "--urls <URLS>", "--environment <NAME>", "check", "export <OUTDIR>", "sign-off <ARTICLE|PAGE>", "feedback" })]
    [InlineData("check", "KetamineInfo.Web check [options]", new[] { "--warnings-as-errors", "--due <DAYS>", "--release", "--environment <NAME>" })]
    [InlineData("export", "KetamineInfo.Web export <OUTDIR> [options]", new[] { "<OUTDIR>" })]
    [InlineData("sign-off", "KetamineInfo.Web sign-off <ARTICLE|PAGE> [options]", new[] { "<ARTICLE|PAGE>", "--reviewer <KEY>", "--date <YYYY-MM-DD>", "--show-changes" })]
    [InlineData("feedback", "KetamineInfo.Web feedback [options]", new[] { "--all", "--csv <FILE>", "--purge-older-than <DAYS>" })]
    public async Task Help_OfEachCommand_IsTheLibrarysHelpWithItsOptions_AndDoesNothingElse(string? command, string usage, string[] listed)
    {
        // Content that would fail the check: with --help, nothing is checked, served or written.
        _content.Write("articles/first-article.md", "broken");
        var reviews = _content.Read("reviews.yml");

        var (exit, output) = await RunAsync(command is null ? ["--help"] : [command, "--help"]);
        var lines = output.ReplaceLineEndings("\n").Split('\n');

        Assert.Equal(0, exit);
        Assert.Equal("Description:", lines[0]);
        Assert.Equal("  " + usage, lines[Array.IndexOf(lines, "Usage:") + 1]);
        Assert.All(listed, item => Assert.Contains(lines, l => l.StartsWith("  " + item + " ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("  -?, -h, --help ", StringComparison.Ordinal));
        Assert.DoesNotContain("KI0", output, StringComparison.Ordinal);
        Assert.Equal(reviews, _content.Read("reviews.yml"));
    }

    [Theory]
    [InlineData("check --bogus", "Unrecognized command or argument '--bogus'.")]
    [InlineData("check --due abc", "check --due needs a number of days from 0 to 3650, like: check --due 90")]
    [InlineData("export", "Required argument missing for command: 'export'.")]
    [InlineData("sign-off first-article", "sign-off needs --reviewer KEY, a reviewer in content/reviewers.yml (or --show-changes, to see what changed since the last sign-off)")]
    [InlineData("sign-off first-article --reviewer dr-test --date 27/11/2026", "sign-off --date needs a day written YYYY-MM-DD, like: --date 2026-11-27")]
    [InlineData("sign-off first-article --show-changes --reviewer dr-test", "sign-off --show-changes records nothing, so it takes no --reviewer or --date")]
    public async Task AWrongArgument_IsRefusedInOneLine_WithExitTwo_BeforeAnythingIsDone(string args, string error)
    {
        var reviews = _content.Read("reviews.yml");

        var (exit, output) = await RunAsync(args.Split(' '));

        Assert.Equal(2, exit);
        Assert.Equal(error, Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        Assert.Equal(reviews, _content.Read("reviews.yml"));
    }

    [Fact]
    public async Task AMistypedOption_IsRefused_NamingTheOptionMeant()
    {
        var (exit, output) = await RunAsync("check", "--warnings-as-erors");

        Assert.Equal(2, exit);
        Assert.Contains("Unrecognized command or argument '--warnings-as-erors'.", output, StringComparison.Ordinal);
        Assert.Contains("Did you mean one of the following?\n--warnings-as-errors\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("KI0", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SettingsOnTheCommandLine_ReachTheSiteWithACommand_BeforeOrAfterIt(bool before)
    {
        // No Content__Path in the environment: only the arguments point the check at this folder and set its limit.
        string[] settings = [$"--Content:Path={_content.Root}", "--Content:MaxFilesPerFolder=2"];

        var (exit, output) = await AppProcess.RunAsync(new Dictionary<string, string>(), before ? [.. settings, "check"] : ["check", .. settings]);

        Assert.Equal(1, exit);
        Assert.Contains("content/articles:1:1: error KI0002: 3 files; only the first 2 are read", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASettingTypedBeforeTheOutputFolder_IsNotTakenForIt()
    {
        var outDir = Path.Combine(Path.GetTempPath(), "ki-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, output) = await RunAsync("export", "--Site:BaseUrl=https://settings.example.org", outDir);

            Assert.True(exit == 0, output);
            Assert.Contains("https://settings.example.org/articles/first-article", await File.ReadAllTextAsync(Path.Combine(outDir, "sitemap.xml")), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(outDir))
            {
                Directory.Delete(outDir, recursive: true);
            }
        }
    }

    private Task<(int Exit, string Output)> RunAsync(params string[] args) =>
        AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = _content.Root }, args);
}
