using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KetamineInfo.Web.Tests.Pages;

/// <summary>A standalone page signed off with the real command, then changed without an entry.</summary>
public sealed class PageSignOffTests : IDisposable
{
    private readonly ContentCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task APageSignedOff_NamesItsReviewer_UntilItsWordsChange()
    {
        var (exit, output) = await AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = _content.Root },
            "sign-off", "about", "--reviewer", "dr-test", "--date", "2026-11-27");
        Assert.True(exit == 0, output);
        Assert.Contains("- page: about\n  reviewer: dr-test\n  date: 2026-11-27\n  fingerprint: sha256:", _content.Read("reviews.yml"), StringComparison.Ordinal);

        using (var signed = Site())
        {
            var page = await signed.CreateClient().GetDocumentAsync("/about");
            Assert.StartsWith("Medically reviewed by Dr Test Reviewer", page.QuerySelector(".reviewer")!.TextContent.Trim(), StringComparison.Ordinal);
        }

        _content.Write("pages/about.md", _content.Read("pages/about.md").Replace("We take no ads.", "We take no ads at all.", StringComparison.Ordinal));
        using var changed = Site();
        var after = await changed.CreateClient().GetDocumentAsync("/about");

        Assert.StartsWith("Changed since it was reviewed on 27 November 2026", after.QuerySelector(".reviewer")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Plan to stay at least 2 hours after each dose.", "Plan to stay at least 20 minutes after each dose.", true)]
    [InlineData("We write plain pages.", "We write pages in plain words.", false)]
    public async Task AChangeRecordedAsEditorial_KeepsMedicallyReviewed_OnlyWhenNoClinicalWordsChanged(string find, string replace, bool clinical)
    {
        var page = _content.Read("pages/about.md").Replace("We take no ads.", "We take no ads.\n\nPlan to stay at least 2 hours after each dose.", StringComparison.Ordinal);
        _content.Write("pages/about.md", page);
        var (exit, output) = await Run("sign-off", "about", "--reviewer", "dr-test", "--date", "2026-11-27");
        Assert.True(exit == 0, output);

        var changed = page.Replace(find, replace, StringComparison.Ordinal)
            .Replace("next_review: 2027-11-25\n", "next_review: 2027-11-25\nchanges:\n  - date: 2026-11-28\n    summary: Wording\n    kind: editorial\n", StringComparison.Ordinal);
        Assert.NotEqual(page, changed);
        _content.Write("pages/about.md", changed);
        var (checkExit, checkOutput) = await Run("check");
        using var site = Site();
        var reviewer = (await site.CreateClient().GetDocumentAsync("/about")).QuerySelector(".reviewer")!.TextContent.Trim();

        if (clinical)
        {
            Assert.Equal(1, checkExit);
            var line = changed.Split('\n').ToList().FindIndex(l => l == replace) + 1;
            Assert.Contains($"content/pages/about.md:{line}:1: error KI0129: the changes since the sign-off of 2026-11-27 are recorded as editorial, but it changes clinical words: before \"{find}\", after \"{replace}\": record it as kind: clinical and have the page re-reviewed", checkOutput, StringComparison.Ordinal);
            Assert.StartsWith("Changed since it was reviewed on 27 November 2026", reviewer, StringComparison.Ordinal);
            Assert.DoesNotContain("Medically reviewed", reviewer, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(checkExit == 0, checkOutput);
            Assert.StartsWith("Medically reviewed by Dr Test Reviewer", reviewer, StringComparison.Ordinal);
        }
    }

    private Task<(int Exit, string Output)> Run(params string[] args) =>
        AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = _content.Root }, args);

    private WebApplicationFactory<Program> Site() =>
        new SiteFactory().WithWebHostBuilder(b => b.UseSetting("Content:Path", _content.Root));
}
