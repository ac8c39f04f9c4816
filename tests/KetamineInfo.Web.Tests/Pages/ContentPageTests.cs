using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Pages;

/// <summary>Standalone pages (content/pages): what an editor writes there reaches readers whole.</summary>
public sealed class ContentPageTests : IDisposable
{
    private readonly ContentCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task PageOpeningWithKeyFacts_ShowsThem_AboveTheBody()
    {
        _content.Write("pages/about.md", "---\ntitle: About this site\nsummary: Who writes it and how.\nlast_reviewed: 2026-11-25\nnext_review: 2027-11-25\n---\n"
            + "::: in-short\n- We sell nothing.\n- We take no ads.\n- No clinician has reviewed these pages yet.\n:::\n\nWe write plain pages.\n");
        using var site = new CopySiteFactory(_content.Root);

        var page = await site.CreateClient().GetDocumentAsync("/about");

        var facts = page.QuerySelector("article section.in-short")!;
        Assert.Equal(3, facts.QuerySelectorAll("li").Length);
        Assert.Contains("We sell nothing.", facts.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".article-body .in-short"));
        Assert.Contains("We write plain pages.", page.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
    }

    private sealed class CopySiteFactory(string root) : SiteFactory(root, "Production");
}
