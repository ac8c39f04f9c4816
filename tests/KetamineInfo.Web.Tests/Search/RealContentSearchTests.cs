using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Search;

/// <summary>
/// Everyday queries over the real content, written down before the results were seen: each must put one
/// of the expected articles first or second.
/// </summary>
public sealed class RealContentSearchTests(RealSiteFactory site) : IClassFixture<RealSiteFactory>
{
    public static TheoryData<string, string[]> EverydayQueries => new()
    {
        { "bladder", ["side-effects-and-risks"] },
        { "nasal spray", ["ketamine-for-depression", "what-is-ketamine"] },
        { "insurance", ["accessing-ketamine-therapy"] },
        { "ptsd", ["future-of-ketamine-research"] },
        { "spravato", ["ketamine-for-depression", "what-is-ketamine"] },
        { "ketamin", ["what-is-ketamine", "ketamine-for-depression"] },
        { "can I drive after treatment", ["your-treatment-day", "side-effects-and-risks"] },
        { "blood presure", ["side-effects-and-risks", "your-treatment-day"] },
        { "how does ketamine work in the brain", ["how-ketamine-works"] },
        { "special k addiction", ["side-effects-and-risks"] },
        { "clinical trials near me", ["future-of-ketamine-research"] },
        { "is IV ketamine FDA approved", ["ketamine-for-depression", "accessing-ketamine-therapy", "what-is-ketamine"] },
    };

    [Theory]
    [MemberData(nameof(EverydayQueries))]
    public async Task EverydayQuery_PutsTheRightArticleFirstOrSecond(string query, string[] expected)
    {
        var page = await site.CreateClient().GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");

        var top = page.QuerySelectorAll(".search-results h2 a").Select(a => a.GetAttribute("href")!)
            .Where(href => href.StartsWith("/articles/", StringComparison.Ordinal)).Take(2).Select(h => h["/articles/".Length..]).ToList();
        Assert.True(top.Intersect(expected).Any(), $"'{query}': top articles were {string.Join(", ", top)}");
    }

    /// <summary>
    /// Safety questions from the clinical review of 6 December: emergency signs lead with the emergency section,
    /// and a snippet that opens a list ("Do not have … if:") shows its items, never the bare opening.
    /// </summary>
    [Theory]
    [InlineData("chest pain")]
    [InlineData("overdose")]
    [InlineData("passed out")]
    [InlineData("i feel suicidal after ketamine")]
    public async Task EmergencySigns_LeadWithTheEmergencySection(string query)
    {
        var page = await site.CreateClient().GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal("/articles/side-effects-and-risks#signs-that-need-emergency-help", page.QuerySelector(".search-results a.result-link")?.GetAttribute("href"));
    }

    [Fact]
    public async Task ASnippetThatOpensAList_ShowsItsItems()
    {
        var page = await site.CreateClient().GetDocumentAsync($"/search?q={Uri.EscapeDataString("who should not take ketamine")}");

        var snippets = page.QuerySelectorAll(".result-snippet").Select(p => p.TextContent.Trim()).ToList();
        Assert.NotEmpty(snippets);
        Assert.All(snippets, snippet => Assert.DoesNotMatch(@":(\s*…)?$|: …", snippet));
        Assert.Contains(snippets, s => s.Contains("if: you have ever had an allergic reaction", StringComparison.Ordinal));
    }

    /// <summary>An option's figure is never shown as a bare number: what it was compared with and what was counted come with it.</summary>
    [Theory]
    [InlineData("rtms")]
    [InlineData("staying with my current plan")]
    public async Task AFigureInASnippet_ComesWithItsComparatorAndOutcome(string query)
    {
        var page = await site.CreateClient().GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");

        var figures = page.QuerySelectorAll(".result-snippet").Select(p => p.TextContent).Where(t => t.Contains("out of 100", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.Matches(@"out of 100; compared with: .+ out of 100; outcome: ", f));
    }
}
