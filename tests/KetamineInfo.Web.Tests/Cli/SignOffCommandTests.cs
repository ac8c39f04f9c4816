using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Cli;

/// <summary>
/// The real <c>sign-off</c> command on a copy of the fixture content: it appends one entry to reviews.yml and
/// nothing else, the site then names the reviewer, and a later unrecorded edit fails <c>check</c>.
/// </summary>
public sealed class SignOffCommandTests : IDisposable
{
    private readonly ContentCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task SignOff_AppendsToTheLedger_ThenAnUnrecordedEditFailsCheck()
    {
        var before = _content.Read("reviews.yml");
        var article = _content.Read("articles/first-article.md");

        // The command runs on the real clock: the review's date is given, so the test means the same any day.
        var (exit, output) = await RunAsync("sign-off", "first-article", "--reviewer", "dr-test", "--date", "2026-11-27");

        Assert.Equal(0, exit);
        Assert.Contains("signed off: first-article (First article) by Dr Test Reviewer, MD, psychiatrist, on 2026-11-27", output, StringComparison.Ordinal);
        var after = _content.Read("reviews.yml");
        Assert.StartsWith(before, after, StringComparison.Ordinal); // what was there is untouched
        Assert.Matches(@"^- article: first-article\n  reviewer: dr-test\n  date: 2026-11-27\n  fingerprint: sha256:[0-9a-f]{64}\n$", after[before.Length..]);
        Assert.Equal(article, _content.Read("articles/first-article.md"));
        var (checkExit, checkOutput) = await RunAsync("check");
        Assert.Equal(0, checkExit);
        Assert.DoesNotContain("first-article.md:1:1: warning KI0203", checkOutput, StringComparison.Ordinal);

        _content.Write("articles/first-article.md", article.Replace("The feeling fades.", "The feeling fades quickly.", StringComparison.Ordinal));
        (checkExit, checkOutput) = await RunAsync("check");

        Assert.Equal(1, checkExit);
        // At the changed line, with the words before and after (the sign-off kept a copy of what was signed).
        Assert.Contains("content/articles/first-article.md:16:1: error KI0123: changed after it was signed off on 2026-11-27: before \"Many people feel dissociative for a short time [@SMITH2021]. The feeling fades.\", after \"Many people feel dissociative for a short time [@SMITH2021]. The feeling fades quickly.\"; no changes: entry records it", checkOutput, StringComparison.Ordinal);

        // Without the copy (a sign-off from before copies were kept), the ledger entry carries the error.
        File.Delete(_content.PathOf("signed/article-first-article.txt"));
        (checkExit, checkOutput) = await RunAsync("check");

        Assert.Equal(1, checkExit);
        Assert.Matches(@"content/reviews\.yml:\d+:\d+: error KI0123: content/articles/first-article\.md changed after it was signed off on 2026-11-27", checkOutput);
    }

    [Fact]
    public async Task ShowChanges_TellsTheReviewerWhatChangedSinceTheirSignOff_AndChangesNothing()
    {
        var (exit, output) = await RunAsync("sign-off", "first-article", "--reviewer", "dr-test", "--date", "2026-11-27");
        Assert.True(exit == 0, output);
        _content.Write("articles/first-article.md", _content.Read("articles/first-article.md")
            .Replace("for a short time [@SMITH2021]", "for an hour or so [@SMITH2021]", StringComparison.Ordinal)
            .Replace("Ask your team what to do if you feel unwell.", "Ask your team what to do if you feel ill.", StringComparison.Ordinal));
        var ledger = _content.Read("reviews.yml");

        (exit, output) = await RunAsync("sign-off", "first-article", "--show-changes");

        Assert.Equal(0, exit);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains("first-article: 3 changed lines since the last sign-off (2 clinical)", lines); // the in-short line and the body line both changed
        Assert.Contains("    + Many people feel dissociative for an hour or so [@SMITH2021]. The feeling fades.", lines);
        Assert.Equal("  clinical:", lines[lines.IndexOf("    + Many people feel dissociative for an hour or so [@SMITH2021]. The feeling fades.") - 2]);
        Assert.Contains("    + - Ask your team what to do if you feel ill.", lines);
        Assert.Equal(ledger, _content.Read("reviews.yml"));
    }

    [Theory]
    [InlineData("Many people feel dissociative for a short time [@SMITH2021].", "Many people feel dissociative for a long time [@SMITH2021].", true)]
    [InlineData("Call your clinic today if you feel unwell.", "Call your clinic now if you feel unwell.", true)]
    [InlineData("Ask your team what to do if you feel unwell.", "Ask your team what to do if you feel ill.", false)]
    public async Task AnEditorialChange_KeepsTheSignOff_OnlyWhenNoClinicalWordsChanged(string find, string replace, bool clinical)
    {
        var (exit, output) = await RunAsync("sign-off", "first-article", "--reviewer", "dr-test", "--date", "2026-11-27");
        Assert.True(exit == 0, output);
        Assert.Contains("Many people feel dissociative", _content.Read("signed/article-first-article.txt"), StringComparison.Ordinal);
        var article = _content.Read("articles/first-article.md");
        Assert.Contains(find, article, StringComparison.Ordinal);

        _content.Write("articles/first-article.md", article.Replace(find, replace, StringComparison.Ordinal)
            .Replace("updated: 2026-11-26\n", "updated: 2026-11-28\nchanges:\n  - date: 2026-11-28\n    summary: Wording\n    kind: editorial\n", StringComparison.Ordinal));
        var (checkExit, checkOutput) = await RunAsync("check");

        if (clinical)
        {
            Assert.Equal(1, checkExit);
            var lines = _content.Read("articles/first-article.md").Split('\n').ToList();
            var line = lines.FindIndex(l => l.Contains(replace, StringComparison.Ordinal));
            var (before, after) = (article.Split('\n').Single(l => l.Contains(find, StringComparison.Ordinal)), lines[line]);
            Assert.Contains($"content/articles/first-article.md:{line + 1}:1: error KI0129: the changes since the sign-off of 2026-11-27 are recorded as editorial, but it changes clinical words: before \"{before}\", after \"{after}\": record it as kind: clinical and have the page re-reviewed", checkOutput, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(checkExit == 0, checkOutput);
            Assert.DoesNotContain("first-article.md:1:1: warning KI0203", checkOutput, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("first-article --reviewer nobody", "no reviewer 'nobody' in reviewers.yml")]
    [InlineData("no-such-article --reviewer dr-test", "there is no article or page 'no-such-article'")]
    public async Task SignOff_OfAnUnknownReviewerOrArticle_ChangesNothing(string args, string message)
    {
        var before = _content.Read("reviews.yml");

        var (exit, output) = await RunAsync(["sign-off", .. args.Split(' ')]);

        Assert.Equal(1, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Equal(before, _content.Read("reviews.yml"));
    }

    [Theory]
    [InlineData("first-article", "2999-01-01", "is in the future")]
    [InlineData("second-article", "2026-11-21", "records a change on 2026-11-24, after 2026-11-21")]
    public async Task SignOff_OnADayTheReviewerCannotHaveSeenTheseWords_IsRefused(string article, string date, string message)
    {
        var before = _content.Read("reviews.yml");

        var (exit, output) = await RunAsync("sign-off", article, "--reviewer", "dr-test", "--date", date);

        Assert.Equal(1, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Equal(before, _content.Read("reviews.yml"));
    }

    private Task<(int Exit, string Output)> RunAsync(params string[] args) =>
        AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = _content.Root }, args);
}
