using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Cli;

/// <summary>The real <c>check</c> command, run as editors and CI run it: a separate process on the app's dll.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly ContentCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Check_ValidContent_ExitsZeroWithSummaryAndArticleLines()
    {
        var (exit, output) = await RunCheckAsync();

        Assert.Equal(0, exit);
        Assert.Contains("3 articles, 1 page, 0 errors, ", output, StringComparison.Ordinal);
        Assert.Matches(@"  first-article: \d+ words, reading grade \d+\.\d, 3 sources, 6 citations, last reviewed 2026-11-25, next review 2027-11-25", output);
    }

    [Fact]
    public async Task Check_WarningsAsErrors_FailsOnWarnings()
    {
        var (exit, output) = await RunCheckAsync("--warnings-as-errors");

        Assert.Equal(1, exit);
        Assert.Contains("warning KI0203", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ImagesMustBeFilesInTheWebRoot()
    {
        _content.Write("articles/first-article.md", _content.Read("articles/first-article.md")
            .Replace("The feeling fades.", "The feeling fades.\n\n![The site's logo card](/images/social.png)\n\n![A chart](/images/no-such-chart.png)", StringComparison.Ordinal));

        var (exit, output) = await RunCheckAsync();

        Assert.Equal(1, exit);
        Assert.Contains("error KI0110: no image '/images/no-such-chart.png' in wwwroot", output, StringComparison.Ordinal);
        Assert.DoesNotContain("social.png", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("articles/first-article.md", "Many people feel dissociative for a short time [@SMITH2021].", "Many people feel dissociative [@SMITH2020].", "content/articles/first-article.md:16:31: error KI0103: unknown reference 'SMITH2020' (did you mean 'SMITH2021'?)")]
    [InlineData("articles/first-article.md", "order: 1", "order: first", "content/articles/first-article.md:4:8: error KI0105: 'order' must be a whole number from 0 to 10000, not 'first'")]
    [InlineData("articles/first-article.md", "updated: 2026-11-26", "updatd: 2026-11-26", "content/articles/first-article.md:8:1: error KI0102: unknown front matter key 'updatd' (did you mean 'updated'?)")]
    [InlineData("articles/first-article.md", "The feeling fades.", "Ketamine is a miracle.", "content/articles/first-article.md:16:76: error KI0112: 'miracle' is on the banned list in site.yml: say what the evidence shows instead")]
    [InlineData("articles/second-article.md", "first-article.md#blood-pressure", "first-article.md#blood-presure", "content/articles/second-article.md:16:38: error KI0109: 'first-article.md' has no section '#blood-presure' (did you mean '#blood-pressure'?)")]
    [InlineData("references.yml", "  year: 2021", "  year: [2021", "content/references.yml:")]
    [InlineData("search/vocabulary.yml", "  - [blood pressure, hypertension]", "  - [blood pressure, hypertension]\n  - [high blood pressure, hypertension]", "content/search/vocabulary.yml:5:27: error KI0132: 'hypertension' is already in the synonyms group at line 4: a word can be in one group only, so merge the groups or take it out of one")]
    public async Task Check_BrokenFile_PrintsCompilerStyleLineAndExitsOne(string file, string find, string replace, string expected)
    {
        var text = _content.Read(file);
        Assert.Contains(find, text, StringComparison.Ordinal);
        _content.Write(file, text.Replace(find, replace, StringComparison.Ordinal));

        var (exit, output) = await RunCheckAsync();

        Assert.Equal(1, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_FileNameWithControlCharacters_IsPrintedEscapedOnOneLine()
    {
        // A name that tries to end its own line, forge a diagnostic, colour the terminal and rewind the line.
        const string name = "a.md:1:1: error KI0001: forged\n\u001b[31mred\rb";
        _content.Write($"articles/{name}.md", "---\ntitle: Forged\n---\n");

        var (exit, output) = await RunCheckAsync();

        Assert.Equal(1, exit);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\r', output);
        var line = Assert.Single(output.Split('\n'), l => l.Contains("KI0106", StringComparison.Ordinal));
        Assert.StartsWith(
            @"content/articles/a.md:1:1: error KI0001: forged\n\u001B[31mred\rb.md:1:1: error KI0106: file name 'a.md:1:1: error KI0001: forged\n\u001B[31mred\rb' is not a valid slug",
            line,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ListsErrorsBeforeWarnings_CountsInTheSingular_AndKeepsABrokenArticleInTheList()
    {
        _content.Write("articles/first-article.md", _content.Read("articles/first-article.md").Replace("The feeling fades.", "A miracle.", StringComparison.Ordinal));

        var (exit, output) = await RunCheckAsync();
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(1, exit);
        var lastError = Array.FindLastIndex(lines, l => l.Contains(": error KI", StringComparison.Ordinal));
        var firstWarning = Array.FindIndex(lines, l => l.Contains(": warning KI", StringComparison.Ordinal));
        Assert.InRange(lastError, 0, firstWarning - 1);
        Assert.Contains(", 1 error, ", output, StringComparison.Ordinal);
        Assert.Contains("  first-article: BROKEN, not published (1 error above)", output, StringComparison.Ordinal);
        Assert.Contains("3 articles, ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckDue_ListsReviewsSoonestFirst()
    {
        _content.Write("articles/second-article.md", _content.Read("articles/second-article.md")
            .Replace("next_review: 2027-11-25", "next_review: 2027-06-01", StringComparison.Ordinal));

        var (exit, output) = await RunCheckAsync("--due", "3650");
        var calendar = output[output.IndexOf("Reviews due by", StringComparison.Ordinal)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(0, exit);
        Assert.Contains("(3 articles, 1 page)", calendar[0], StringComparison.Ordinal);
        // "(in N days)" today, "(overdue by N days)" once the dates pass: this check runs on the real clock.
        Assert.StartsWith("  2027-06-01  second-article (", calendar[1], StringComparison.Ordinal);
        Assert.Contains(", last signed off by dr-test on 2026-11-27)", calendar[1], StringComparison.Ordinal);
        Assert.StartsWith("  2027-11-25  draft-article (", calendar[2], StringComparison.Ordinal);
        Assert.EndsWith(", draft", calendar[2].TrimEnd(), StringComparison.Ordinal);
        Assert.StartsWith("  2027-11-25  first-article (", calendar[3], StringComparison.Ordinal);
        Assert.Contains(", never signed off)", calendar[3], StringComparison.Ordinal);
        Assert.StartsWith("  2027-11-25  pages/about (", calendar[4], StringComparison.Ordinal);
        Assert.Equal("Changed since their sign-off, awaiting re-review (0 pages):", calendar[5]);
    }

    [Fact]
    public async Task CheckDue_ListsEverySignedPageChangedSinceItsSignOff_WithWhoToAsk()
    {
        var (signed, said) = await RunAsync("sign-off", "about", "--reviewer", "dr-test", "--date", "2026-11-27");
        Assert.True(signed == 0, said);
        _content.Write("pages/about.md", _content.Read("pages/about.md")
            .Replace("last_reviewed: 2026-11-25", "last_reviewed: 2026-11-28", StringComparison.Ordinal)
            .Replace("next_review: 2027-11-25", "next_review: 2027-11-25\nchanges:\n  - date: 2026-11-28\n    summary: New sentence on costs\n    kind: clinical", StringComparison.Ordinal)
            .Replace("We take no ads.", "We take no ads. Costs vary [@NICE-TA].", StringComparison.Ordinal));

        var (_, output) = await RunCheckAsync("--due", "30");

        Assert.Contains("Changed since their sign-off, awaiting re-review (1 page):\n  2026-11-27  pages/about (signed off by dr-test; run: sign-off about --reviewer dr-test)", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-5")]
    public async Task CheckDue_WithoutANumberOfDays_ExplainsItself(string days)
    {
        var (exit, output) = await RunCheckAsync("--due", days);

        Assert.Equal(2, exit);
        Assert.Contains("check --due needs a number of days", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_TheFileLimitPerFolder_IsASetting()
    {
        var (exit, output) = await AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = _content.Root, ["Content__MaxFilesPerFolder"] = "2" }, "check");

        Assert.Equal(1, exit);
        Assert.Contains("content/articles:1:1: error KI0002: 3 files; only the first 2 are read", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Release_OnUnsignedContentWithNoPublisher_ExitsOne_AndSaysByFileWhatToDo()
    {
        var (exit, output) = await RunCheckAsync("--release");

        Assert.Equal(1, exit);
        Assert.Contains("Release check: NOT ready to go live.", output, StringComparison.Ordinal);
        Assert.Contains("  content/articles/first-article.md\n    - no clinician has signed off these words", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("  content/site.yml\n    - no publisher is fully named: fill in publisher.name,", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("draft-article", output[output.IndexOf("Release check", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Release_PassesOnceEveryArticleAndPageIsSignedOff_AndAPublisherIsNamed_AndFailsAgainAfterAnEdit()
    {
        foreach (var page in new[] { "first-article", "second-article", "about" })
        {
            var (signed, said) = await RunAsync("sign-off", page, "--reviewer", "dr-test", "--date", "2026-11-27");
            Assert.True(signed == 0, said);
        }

        _content.Write("site.yml", _content.Read("site.yml") + """

            publisher:
              name: Example Health Charity
              about: A registered charity that publishes patient information.
              funding: Paid for by the charity's own funds. No money from drug makers or clinics.
              conflicts: None declared.
              contact: editors@example.org
              privacy_contact: https://example.org/privacy

            """);

        var (exit, output) = await RunCheckAsync("--release");

        Assert.True(exit == 0, output);
        Assert.Contains("Release check: ready to go live.", output, StringComparison.Ordinal);

        _content.Write("articles/first-article.md", _content.Read("articles/first-article.md").Replace("The feeling fades.", "The feeling fades fast.", StringComparison.Ordinal));
        (exit, output) = await RunCheckAsync("--release");

        Assert.Equal(1, exit);
        Assert.Contains("the words changed after dr-test's sign-off of 2026-11-27", output, StringComparison.Ordinal);
    }

    private Task<(int Exit, string Output)> RunAsync(params string[] args) =>
        AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = _content.Root }, args);

    private Task<(int Exit, string Output)> RunCheckAsync(params string[] extra) =>
        AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = _content.Root }, ["check", .. extra]);
}
