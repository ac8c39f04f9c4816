using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

public sealed class LastGoodVersionTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void BrokenSave_KeepsTheLastGoodArticle_AndTheRestUpdates()
    {
        _content.Article("stable", "First version.");
        _content.Article("other", "Other, first.");
        var first = _content.Load();

        _content.Article("stable", "Second version cites [@NOPE].");
        _content.Article("other", "Other, second.");
        var second = _content.Load(first);

        Assert.Contains("First version.", second.ArticlesBySlug["stable"].Body.Html, StringComparison.Ordinal);
        Assert.Contains("Other, second.", second.ArticlesBySlug["other"].Body.Html, StringComparison.Ordinal);
        Assert.Contains(second.Diagnostics, d => d.Code == DiagnosticCodes.StaleVersionServed.Id && d.Path == "content/articles/stable.md");
        Assert.Equal(first.Version + 1, second.Version);
    }

    [Fact]
    public void HalfWrittenFrontMatter_KeepsTheLastGoodArticle()
    {
        _content.Article("stable", "Good.");
        var first = _content.Load();

        _content.Write("articles/stable.md", "---\ntitle: Half wr");
        var second = _content.Load(first);

        Assert.Contains("Good.", second.ArticlesBySlug["stable"].Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenArticle_WithNoLastGoodVersion_IsListedByTheSnapshot_AndAServedOneIsNot()
    {
        _content.Article("stable", "Good.");
        _content.Article("never-good", "Cites [@NOPE] and [@ALSO-NOPE].");
        var first = _content.Load();

        var broken = Assert.Single(first.BrokenArticles);
        Assert.Equal(new Model.BrokenArticle("never-good", "content/articles/never-good.md", 2), broken);

        _content.Article("stable", "Now cites [@NOPE].");
        var second = _content.Load(first);

        // "stable" has errors too, but its last good version is served, so it is not broken.
        Assert.Equal(["never-good"], second.BrokenArticles.Select(b => b.Slug));
    }

    [Fact]
    public void BrokenSiteYml_KeepsTheLastGoodSettings()
    {
        var first = _content.Load();

        _content.Write("site.yml", "name: [broken");
        var second = _content.Load(first);

        Assert.Same(first.Site, second.Site);
        Assert.Contains(second.Diagnostics, d => d.Code == DiagnosticCodes.YamlSyntax.Id && d.Path == "content/site.yml");
    }

    [Fact]
    public void BrokenSiteYml_OnFirstLoad_StillHasCrisisHelp()
    {
        _content.Write("site.yml", "name: [broken");

        var snapshot = _content.Load();

        Assert.Contains(snapshot.Site.Crisis.Lines, l => l.Href == "tel:988");
    }

    [Fact]
    public void DeletedArticle_IsGone()
    {
        _content.Article("temp", "Here.");
        var first = _content.Load();

        File.Delete(Path.Combine(_content.Root, "articles", "temp.md"));
        var second = _content.Load(first);

        Assert.False(second.ArticlesBySlug.ContainsKey("temp"));
    }

    [Fact]
    public void BrokenArticle_DoesNotBreakArticlesThatLinkToItsSections()
    {
        _content.Article("target", "## Blood pressure\n\nText.");
        _content.Article("source", "See [this](target.md#blood-pressure).");
        var first = _content.Load();

        _content.Write("articles/target.md", "---\ntitle: Half wr");
        _content.Article("source", "See [that](target.md#blood-pressure).");
        var second = _content.Load(first);

        Assert.Contains("that", second.ArticlesBySlug["source"].Body.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(second.Diagnostics, d => d.Path.EndsWith("source.md", StringComparison.Ordinal) && d.IsError);
    }
}
