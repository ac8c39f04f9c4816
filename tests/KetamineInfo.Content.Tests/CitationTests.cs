using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

public sealed class CitationTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Citations_AreNumberedInOrderOfFirstUse()
    {
        _content.Article("cites", """
            The label says so [@FDA-LABEL]. A trial found it [@SMITH2021; @FDA-LABEL].

            Again [@SMITH2021].
            """);

        var body = _content.Load().ArticlesBySlug["cites"].Body;

        Assert.Equal(["FDA-LABEL", "SMITH2021"], body.Sources.Select(s => s.Reference.Key));
        Assert.Equal([1, 2], body.Sources.Select(s => s.Number));
        var dom = Html.Parse(body.Html);
        var links = dom.QuerySelectorAll("sup.citation a");
        Assert.Equal(["#ref-1", "#ref-2", "#ref-1", "#ref-2"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["1", "2", "1", "2"], links.Select(a => a.TextContent));
        // The first citation of each source carries the id the source's back-link points at.
        Assert.Equal("cite-1", links[0].GetAttribute("id"));
        Assert.Equal("cite-2", links[1].GetAttribute("id"));
        Assert.Null(links[2].GetAttribute("id"));
        Assert.Equal(4, body.Statistics.Citations);
    }

    [Fact]
    public void SourcesList_HoldsOnlyCitedReferences()
    {
        _content.Article("one", "Only one source [@NICE-TA].");

        var body = _content.Load().ArticlesBySlug["one"].Body;

        var source = Assert.Single(body.Sources);
        Assert.Equal("NICE-TA", source.Reference.Key);
        Assert.Equal("https://pubmed.ncbi.nlm.nih.gov/12345678/", source.Reference.Link);
    }

    [Fact]
    public void UnknownKey_IsReportedAtItsLineAndColumn_WithASuggestion()
    {
        _content.Article("typo", "First line.\n\nA claim [@SMITH2020].");

        var snapshot = _content.Load();

        var error = Assert.Single(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.UnknownReference.Id);
        // Lines 1-8 are front matter; the body starts at line 9.
        Assert.Equal("content/articles/typo.md", error.Path);
        Assert.Equal((11, 9), (error.Line, error.Column));
        Assert.Contains("did you mean 'SMITH2021'", error.Message, StringComparison.Ordinal);
        Assert.Equal("content/articles/typo.md:11:9: error KI0103: unknown reference 'SMITH2020' (did you mean 'SMITH2021'?)", error.ToString());
    }

    [Fact]
    public void MalformedCitation_IsReported()
    {
        _content.Article("bad", "A claim [@SMITH2021 and more].");

        var snapshot = _content.Load();

        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.BadCitation.Id);
    }

    [Fact]
    public void BibliographyLink_PrefersDoiThenPubMedThenUrl()
    {
        var references = _content.Load().References;

        Assert.Equal("https://doi.org/10.1000/test.1", references["SMITH2021"].Link);
        Assert.Equal("https://pubmed.ncbi.nlm.nih.gov/12345678/", references["NICE-TA"].Link);
        Assert.Equal("https://www.fda.gov/label", references["FDA-LABEL"].Link);
    }

    [Fact]
    public void ReferenceWithoutAnyIdentifier_IsRejected()
    {
        _content.Write("references.yml", TempContent.ReferencesYml + "\nNOLINK:\n  title: Nothing to link\n");

        var snapshot = _content.Load();

        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.BadReference.Id && d.Path == "content/references.yml");
        Assert.False(snapshot.References.ContainsKey("NOLINK"));
    }
}
