using AngleSharp.Dom;
using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Search;

/// <summary>
/// What a reader sees for a question over the real content: sections as results, linked at their headings and
/// named Page › Section, at most three under each page; the words marked are the question's meaningful words; a
/// glossary entry ranks below the pages that explain, unless it was asked for alone.
/// </summary>
public sealed class SectionResultsTests(QuestionSetTests.UnlimitedSiteFactory site) : IClassFixture<QuestionSetTests.UnlimitedSiteFactory>
{
    [Fact]
    public async Task AResult_IsASection_NamedPageAndSection_LinkedAtItsHeading()
    {
        var page = await SearchAsync("is ketamine addictive");

        var first = page.QuerySelector(".search-results .result a.result-link")!;
        Assert.Equal("/articles/side-effects-and-risks#misuse-and-dependence", first.GetAttribute("href"));
        Assert.Equal("Side effects and risks of ketamine treatment › Risks with repeated or heavy use › Misuse and dependence",
            string.Concat(first.ChildNodes.SelectMany(Visible)).Trim());
        Assert.Equal("/articles/side-effects-and-risks", page.QuerySelector(".search-results .result-page h2 a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("ketamine")]
    [InlineData("what happens on the day of my treatment")]
    [InlineData("side effects")]
    public async Task EachPage_ShowsAtMostThreeSections_AndAppearsOnce(string query)
    {
        var page = await SearchAsync(query);

        var groups = page.QuerySelectorAll(".search-results > li.result-page").ToList();
        Assert.NotEmpty(groups);
        Assert.All(groups, g => Assert.InRange(g.QuerySelectorAll("li.result").Length, 1, 3));
        var pages = groups.Select(g => g.QuerySelector("h2 a")!.GetAttribute("href")).ToList();
        Assert.Equal(pages.Count, pages.Distinct().Count());
    }

    [Theory]
    [InlineData("how much does it cost", new[] { "how", "much", "does", "it" })]
    [InlineData("can I drive after my treatment", new[] { "can", "i", "my" })]
    [InlineData("does ketamine help with depression", new[] { "does", "eases", "with" })]
    [InlineData("what is it like to take the nasal spray", new[] { "what", "is", "it", "like", "to", "the" })]
    public async Task MarkedWords_AreTheQuestionsMeaning_NeverFillerOrNearMisses(string query, string[] never)
    {
        var page = await SearchAsync(query);

        var marked = page.QuerySelectorAll(".result-snippet mark").Select(m => m.TextContent.ToLowerInvariant()).ToList();
        Assert.NotEmpty(marked);
        Assert.Empty(marked.Intersect(never));
    }

    [Fact]
    public async Task Pregnancy_AndBreastfeeding_AreNotTakenForEachOther()
    {
        var breastfeeding = await MarkedAsync("breastfeeding");
        var pregnancy = await MarkedAsync("pregnancy");

        Assert.Contains("breastfeeding", breastfeeding);
        Assert.DoesNotContain(breastfeeding, m => m.StartsWith("pregnan", StringComparison.Ordinal));
        Assert.Contains("pregnancy", pregnancy);
        Assert.DoesNotContain(pregnancy, m => m.StartsWith("breastfeed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AGlossaryEntry_RanksBelowThePagesThatExplain_UnlessTheTermIsAskedAlone()
    {
        var question = await ResultsAsync("what does dissociation feel like");
        var term = await ResultsAsync("dissociation");

        Assert.Equal("/articles/side-effects-and-risks#feeling-detached", question[0]);
        Assert.True(question.IndexOf("/glossary#dissociation") is < 0 or >= 2, string.Join(", ", question));
        Assert.Equal("/glossary#dissociation", term[0]);
    }

    [Fact]
    public async Task AQuestionOfOnlyFillerWords_FindsNothing_AndSaysWhereToLook()
    {
        var page = await SearchAsync("how can I do it");

        Assert.Null(page.QuerySelector(".search-results"));
        var noResults = page.QuerySelector(".no-results")!;
        Assert.NotNull(noResults.QuerySelector("a[href='/questions']"));
        Assert.NotNull(noResults.QuerySelector("a[href='/articles/side-effects-and-risks']"));
        Assert.NotEmpty(noResults.QuerySelectorAll(".crisis-lines a[href^='tel:']"));
    }

    // The text a sighted reader sees: what is hidden from sight (the screen readers' colon) is left out.
    private static IEnumerable<string> Visible(INode node) =>
        node is IElement element && element.ClassList.Contains("visually-hidden") ? [] :
        node.HasChildNodes ? node.ChildNodes.SelectMany(Visible) : [node.TextContent];

    private async Task<List<string>> MarkedAsync(string query) =>
        [.. (await SearchAsync(query)).QuerySelectorAll(".result-snippet mark").Select(m => m.TextContent.ToLowerInvariant())];

    private async Task<List<string>> ResultsAsync(string query) =>
        [.. (await SearchAsync(query)).QuerySelectorAll(".search-results a.result-link").Select(a => a.GetAttribute("href")!)];

    private Task<IDocument> SearchAsync(string query) => site.CreateClient().GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");
}
