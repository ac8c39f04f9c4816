using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

/// <summary>
/// A save re-renders only the file it changed, unless something every file depends on changed too (references,
/// another article's sections): then all are rendered again, so no reused page can be stale.
/// </summary>
public sealed class IncrementalLoadTests : IDisposable
{
    private readonly TempContent _content = new();

    public IncrementalLoadTests()
    {
        _content.Article("a", "## Dose\n\nText [@NICE-TA].\n")
            .Article("b", "See [the dose](a.md#dose) [@NICE-TA].\n", TempContent.ValidFrontMatter("b", 2))
            .Article("c", "Plain text [@NICE-TA].\n", TempContent.ValidFrontMatter("c", 3));
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public void EditingOneArticle_RendersOnlyThatOne_AndKeepsTheOthersBodies()
    {
        var loader = _content.Loader();
        var first = loader.Load();

        _content.Article("c", "Plain text, edited [@NICE-TA].\n", TempContent.ValidFrontMatter("c", 3));
        var second = loader.Load(first);

        Assert.Equal((1, 2), loader.LastLoadCounts);
        Assert.Same(first.ArticlesBySlug["a"].Body, second.ArticlesBySlug["a"].Body);
        Assert.Same(first.ArticlesBySlug["b"].Body, second.ArticlesBySlug["b"].Body);
        Assert.Contains("edited", second.ArticlesBySlug["c"].Body.Html, StringComparison.Ordinal);
        Assert.Equal(first.Diagnostics.Count(d => d.Path.EndsWith("a.md", StringComparison.Ordinal)), second.Diagnostics.Count(d => d.Path.EndsWith("a.md", StringComparison.Ordinal)));
    }

    [Fact]
    public void RemovingASectionAnotherArticleLinksTo_RendersEverythingAgain_AndReportsTheBrokenLink()
    {
        var loader = _content.Loader();
        var first = loader.Load();

        _content.Article("a", "## Amount\n\nText [@NICE-TA].\n");
        var second = loader.Load(first);

        Assert.Equal((3, 0), loader.LastLoadCounts);
        Assert.Contains(second.Diagnostics, d => d.Code == DiagnosticCodes.BrokenHeadingLink.Id && d.Path.EndsWith("b.md", StringComparison.Ordinal));
    }

    [Fact]
    public void ReloadsOfUnchangedFiles_ReportEachProblemOnce_WhetherReusedOrRenderedAgain()
    {
        // Problems from every stage: front matter (KI0102), link targets (a duplicate alias, KI0107),
        // rendering (KI0108), a page header (KI0104) and the rules (KI0205).
        _content.Article("d", "See [x](nowhere.md) [@NICE-TA].\n", TempContent.ValidFrontMatter("d", 4) + "\nfavourite: yes\naliases: [a]")
            .Write("pages/p.md", "---\ntitle: A page\n---\nText.\n");
        var loader = _content.Loader();
        var first = loader.Load();
        var codes = Codes(first);

        var unchanged = loader.Load(first);
        _content.Write("references.yml", TempContent.ReferencesYml.Replace("An appraisal", "An appraisal, renamed", StringComparison.Ordinal));
        var rendered = loader.Load(unchanged);

        Assert.Contains(codes, c => c.EndsWith(":KI0102", StringComparison.Ordinal));
        Assert.Contains(codes, c => c.EndsWith(":KI0107", StringComparison.Ordinal));
        Assert.Contains(codes, c => c.EndsWith(":KI0108", StringComparison.Ordinal));
        Assert.Contains(codes, c => c.EndsWith(":KI0104", StringComparison.Ordinal));
        Assert.Equal(codes, Codes(unchanged));
        Assert.Equal(codes, Codes(rendered));
    }

    private static List<string> Codes(KetamineInfo.Content.Model.ContentSnapshot snapshot) =>
        [.. snapshot.Diagnostics.Where(d => d.Code != DiagnosticCodes.StaleVersionServed.Id).Select(d => $"{d.Path}:{d.Line}:{d.Code}").Order(StringComparer.Ordinal)];

    [Fact]
    public void ChangingTheReferences_RendersEverythingAgain()
    {
        var loader = _content.Loader();
        var first = loader.Load();

        _content.Write("references.yml", TempContent.ReferencesYml.Replace("An appraisal", "An appraisal, renamed", StringComparison.Ordinal));
        var second = loader.Load(first);

        Assert.Equal((3, 0), loader.LastLoadCounts);
        Assert.Contains("An appraisal, renamed", second.ArticlesBySlug["c"].Body.Sources[0].Reference.Title, StringComparison.Ordinal);
    }
}
