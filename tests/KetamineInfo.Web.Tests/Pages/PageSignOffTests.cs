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

    private WebApplicationFactory<Program> Site() =>
        new SiteFactory().WithWebHostBuilder(b => b.UseSetting("Content:Path", _content.Root));
}
