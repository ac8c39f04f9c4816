using System.Text.Json;
using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Pages.Articles;

/// <summary>
/// What readers are told about clinical review follows the sign-off in the fixture's reviews.yml: a change
/// recorded as clinical ends it, in words and in the page's data, and the page stays up.
/// </summary>
public sealed class ReviewStatusTests : IDisposable
{
    private readonly ContentCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("clinical")]
    [InlineData("correction")]
    public async Task ClinicalChangeAfterTheSignOff_SaysAwaitingReReview_AndDropsTheReviewFromTheData(string kind)
    {
        var article = _content.Read("articles/second-article.md");
        _content.Write("articles/second-article.md", article
            .Replace("last_reviewed: 2026-11-25", "last_reviewed: 2026-11-27", StringComparison.Ordinal)
            .Replace("changes:\n", $"changes:\n  - date: 2026-11-27\n    summary: Changed the dose advice.\n    kind: {kind}\n", StringComparison.Ordinal)
            .Replace("This page is short.", "This page is short and changed.", StringComparison.Ordinal));
        using var site = new CopySiteFactory(_content.Root);

        var page = await site.CreateClient().GetDocumentAsync("/articles/second-article");

        var review = string.Join(' ', page.QuerySelector(".reviewer")!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Changed since it was reviewed on 27 November 2026; awaiting re-review.", review, StringComparison.Ordinal);
        Assert.Contains("This page is short and changed.", page.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
        var medical = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(j => j.GetProperty("@type").GetString() == "MedicalWebPage");
        Assert.False(medical.TryGetProperty("reviewedBy", out _));
        Assert.False(medical.TryGetProperty("lastReviewed", out _));
        Assert.True(medical.TryGetProperty("dateModified", out _));
    }

    [Fact]
    public async Task EditorialChangeAfterTheSignOff_KeepsTheReviewer()
    {
        var article = _content.Read("articles/second-article.md");
        _content.Write("articles/second-article.md", article
            .Replace("changes:\n", "changes:\n  - date: 2026-11-27\n    summary: Fixed a link.\n    kind: editorial\n", StringComparison.Ordinal)
            .Replace("This page is short.", "This page is short!", StringComparison.Ordinal));
        using var site = new CopySiteFactory(_content.Root);

        var page = await site.CreateClient().GetDocumentAsync("/articles/second-article");

        Assert.Contains("Medically reviewed by Dr Test Reviewer", page.QuerySelector(".reviewer")!.TextContent, StringComparison.Ordinal);
    }

    private sealed class CopySiteFactory(string root) : SiteFactory(root, "Production");
}
