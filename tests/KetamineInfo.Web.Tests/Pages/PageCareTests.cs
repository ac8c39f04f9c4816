using System.Xml.Linq;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KetamineInfo.Web.Tests.Pages;

/// <summary>
/// One kind of page: every article and standalone page a reader can open shows when it was last updated, when
/// its next review is due, whether a clinician's sign-off holds, and a way to report a mistake; a page is signed
/// off the same way as an article, and loses the sign-off the same way.
/// </summary>
public sealed class PageCareTests(RealSiteFactory site) : IClassFixture<RealSiteFactory>
{
    // Lists made from other pages, not pages of their own words: the home page's article list, the glossary,
    // the editorial team and the changes log.
    private static readonly string[] Listings = ["/", "/glossary", "/editorial-team", "/changes"];

    [Fact]
    public async Task EveryArticleAndPageInTheSitemap_ShowsItsDates_ItsReviewStatus_AndAWayToReportAMistake()
    {
        var client = site.CreateClient();
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var paths = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath)
            .Where(p => !Listings.Contains(p)).ToList();
        Assert.Contains("/treatment-options", paths);
        Assert.Contains("/articles/what-is-ketamine", paths);

        foreach (var path in paths)
        {
            var page = await client.GetDocumentAsync(path);
            Assert.True(page.QuerySelectorAll(".dates time").Length == 2, $"{path}: no dates");
            Assert.True(page.QuerySelector(".reviewer")?.TextContent.Trim() is { Length: > 0 }, $"{path}: no review status");
            Assert.True(page.QuerySelector(".feedback-report a")?.TextContent == "Report a mistake on this page", $"{path}: no way to report a mistake");
        }
    }
}

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
