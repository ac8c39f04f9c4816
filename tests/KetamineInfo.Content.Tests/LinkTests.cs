using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

public sealed class LinkTests : IDisposable
{
    private readonly TempContent _content = new();

    public LinkTests() => _content.Article("target", "## Blood pressure\n\nText.\n");

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("[more](target.md)", "/articles/target")]
    [InlineData("[more](./target.md)", "/articles/target")]
    [InlineData("[more](target.md#blood-pressure)", "/articles/target#blood-pressure")]
    public void MarkdownFileLinks_BecomeArticleUrls(string markdown, string expected)
    {
        _content.Article("source", markdown);

        var snapshot = _content.Load();

        var link = Html.Parse(snapshot.ArticlesBySlug["source"].Body.Html).QuerySelector("a")!;
        Assert.Equal(expected, link.GetAttribute("href"));
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void LinkToMissingArticle_IsReportedWithSuggestion()
    {
        _content.Article("source", "See [this](targte.md).");

        var error = Assert.Single(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.BrokenArticleLink.Id);

        Assert.Equal(9, error.Line);
        Assert.Contains("did you mean 'target.md'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkToMissingSection_IsReported()
    {
        _content.Article("source", "See [this](target.md#blood-presure).");

        var error = Assert.Single(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.BrokenHeadingLink.Id);

        Assert.Contains("did you mean '#blood-pressure'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkToAlias_ResolvesToTheCurrentSlug()
    {
        _content.Article("target", "Text.", TempContent.ValidFrontMatter("target") + "\naliases: [old-target]");
        _content.Article("source", "See [this](old-target.md).");

        var snapshot = _content.Load();

        Assert.Equal("/articles/target", Html.Parse(snapshot.ArticlesBySlug["source"].Body.Html).QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void ExternalLinks_GetNoopenerNoreferrer()
    {
        _content.Article("source", "See [the FDA](https://www.fda.gov/).");

        var link = Html.Parse(_content.Load().ArticlesBySlug["source"].Body.Html).QuerySelector("a")!;

        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
    }
}
