using KetamineInfo.Web.Feedback;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace KetamineInfo.Web.Tests.Pages;

/// <summary>/_content in Development: the content problems, and beside them what readers said, from a real SQLite file.</summary>
public sealed class ContentDiagnosticsTests : IDisposable
{
    private static readonly DateTimeOffset Today = FixedDateClock.ContentDay;
    private readonly FeedbackFile _feedback = new();
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        _feedback.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task ContentPage_ShowsTheFeedbackSummaryPerArticle_WithCommentsAsText()
    {
        var current = FeedbackFile.CurrentVersionOf("first-article");
        await _feedback.FillAsync(
        [
            new("first-article", current, FeedbackKind.Answer, true, null, Today.AddDays(-1)),
            new("first-article", current, FeedbackKind.Answer, false, "<script>alert(1)</script> too short", Today.AddDays(-2)),
            new("first-article", "000000000000", FeedbackKind.ErrorReport, null, null, Today.AddDays(-60)),
        ]);
        using var site = new FeedbackSiteFactory(_feedback.Path);

        var page = await site.CreateClient().GetDocumentAsync("/_content");

        Assert.Contains("first-article.md", page.QuerySelector(".diagnostics")!.TextContent, StringComparison.Ordinal);
        var row = page.QuerySelector(".feedback-summary tr[data-slug='first-article']")!;
        Assert.Equal(
            ["1 useful, 1 not useful (50% useful), 0 error reports", "1 useful, 1 not useful (50% useful), 1 error report", "1 useful, 1 not useful (50% useful), 0 error reports"],
            row.QuerySelectorAll("td").Take(3).Select(td => td.TextContent.Trim()));
        var comment = Assert.Single(row.QuerySelectorAll("li"));
        Assert.Equal("2026-11-25 12:00 answer: <script>alert(1)</script> too short", comment.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll(".feedback-summary script"));
        Assert.Equal("0 useful, 0 not useful, 0 error reports", page.QuerySelector(".feedback-summary tr[data-slug='second-article'] td")!.TextContent.Trim());
    }

    [Fact]
    public async Task ContentPage_WhenTheFeedbackStoreFails_StillShowsTheContentProblems()
    {
        // The SQLite file's folder would have to be made inside a regular file.
        Directory.CreateDirectory(_folder.Root);
        await File.WriteAllTextAsync(_folder.PathOf("not-a-folder"), "x");
        using var site = new FeedbackSiteFactory(_folder.PathOf("not-a-folder/feedback.db"));

        var page = await site.CreateClient().GetDocumentAsync("/_content");

        Assert.Contains("first-article.md", page.QuerySelector(".diagnostics")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Feedback is unavailable right now: IOException", page.QuerySelector(".feedback-unavailable")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".feedback-summary"));
    }

    private sealed class FeedbackSiteFactory(string feedbackPath) : SiteFactory(FixtureContentPath, "Development")
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Feedback:Path", feedbackPath);
        }
    }
}
