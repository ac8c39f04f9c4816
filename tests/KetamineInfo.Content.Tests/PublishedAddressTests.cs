using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

/// <summary>Shared links keep working: an address in published.txt that nothing answers any more is reported where it is listed.</summary>
public sealed class PublishedAddressTests
{
    private const string Published = "# addresses\n/articles/old-name\n/about\n";

    [Fact]
    public void ArticleRenamedWithoutAnAlias_IsReportedAtItsLine_WithTheFix()
    {
        using var content = new TempContent();
        content.Article("new-name", "Text.").Write("published.txt", Published).Write("pages/about.md", Page("about"));

        var gone = Assert.Single(content.Load().Diagnostics, d => d.Code == DiagnosticCodes.PublishedAddressGone.Id);

        Assert.Equal(("content/published.txt", 2), (gone.Path, gone.Line));
        Assert.Contains("/articles/old-name was published", gone.Message, StringComparison.Ordinal);
        Assert.Contains("aliases: [old-name]", gone.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleRenamedWithAnAlias_Passes()
    {
        using var content = new TempContent();
        content.Article("new-name", "Text.", TempContent.ValidFrontMatter("new-name") + "\naliases: [old-name]")
            .Write("published.txt", Published).Write("pages/about.md", Page("about"));

        Assert.DoesNotContain(content.Load().Diagnostics, d => d.Code == DiagnosticCodes.PublishedAddressGone.Id);
    }

    [Fact]
    public void PageRemoved_AndArticleMadeDraftAgain_AreBothReported()
    {
        using var content = new TempContent();
        content.Article("old-name", "Text.", TempContent.ValidFrontMatter("old-name") + "\ndraft: true").Write("published.txt", Published);

        var gone = content.Load().Diagnostics.Where(d => d.Code == DiagnosticCodes.PublishedAddressGone.Id).Select(d => d.Line);

        Assert.Equal([2, 3], gone);
    }

    private static string Page(string slug) => $"""
        ---
        title: {slug}
        summary: A page.
        last_reviewed: 2026-11-25
        next_review: 2027-11-25
        ---
        Words.
        """;
}
