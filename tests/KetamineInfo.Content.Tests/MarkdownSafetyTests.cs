using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

public sealed class MarkdownSafetyTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Text <img src=x onerror=alert(1)> more.")]
    [InlineData("<div onclick=\"alert(1)\">block</div>")]
    [InlineData("<svg onload=alert(1)></svg>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    public void RawHtml_IsShownAsTextNotRendered(string markdown)
    {
        _content.Article("html", markdown);

        var html = _content.Load().ArticlesBySlug["html"].Body.Html;
        var dom = Html.Parse(html);

        Assert.Empty(dom.QuerySelectorAll("script, img, iframe, svg, [onclick], [onerror], [onload]"));
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](&#106;avascript:alert(1))")]
    [InlineData("[click]( javascript:alert(1) )")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![x](javascript:alert(1))")]
    public void ScriptLinks_AreRemovedAndReported(string markdown)
    {
        _content.Article("links", markdown);

        var snapshot = _content.Load();

        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeLink.Id);
        // The article has an error, so it is not published at all, and nothing was ever rendered with the link.
        Assert.False(snapshot.ArticlesBySlug.ContainsKey("links"));
    }

    [Theory]
    [InlineData("![](/images/chart.png)", "alt text")]
    [InlineData("![A chart](https://tracker.example/pixel.png)", "files on this site")]
    [InlineData("![A chart](//cdn.example/chart.png)", "files on this site")]
    [InlineData("![A chart](chart.png)", "files on this site")]
    [InlineData("![A chart](/images/missing.png)", "no image '/images/missing.png'")]
    public void BadImages_AreReported(string markdown, string expected)
    {
        _content.Article("img", markdown);
        var loader = new KetamineInfo.Content.Loading.ContentLoader(
            new Microsoft.Extensions.FileProviders.PhysicalFileProvider(_content.Root), new FixedDateClock(), siteFileExists: path => path == "/images/chart.png");

        var error = Assert.Single(loader.Load().Diagnostics, d => d.Code == DiagnosticCodes.BadImage.Id);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImageOnThisSite_WithAltText_IsFine()
    {
        _content.Article("img", "![A chart of results](/images/chart.png)");
        var loader = new KetamineInfo.Content.Loading.ContentLoader(
            new Microsoft.Extensions.FileProviders.PhysicalFileProvider(_content.Root), new FixedDateClock(), siteFileExists: path => path == "/images/chart.png");

        Assert.DoesNotContain(loader.Load().Diagnostics, d => d.Code == DiagnosticCodes.BadImage.Id);
    }

    [Fact]
    public void BannedWord_IsReportedWhereItStands()
    {
        _content.Article("hype", "This is fine.\n\nIt is sold as a Cure for anything.");

        var error = Assert.Single(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.BannedWord.Id);

        Assert.Equal((11, 17), (error.Line, error.Column));
    }

    [Fact]
    public void BannedPhrase_MatchesAcrossSpacesButNotInsideWords()
    {
        _content.Article("hype", "It is completely\nsafe. Secure storage is fine.");

        var errors = _content.Load().Diagnostics.Where(d => d.Code == DiagnosticCodes.BannedWord.Id).ToList();

        Assert.Single(errors); // "completely safe" across a line break; "Secure" is not "cure"
    }

    [Fact]
    public void Callouts_RenderWithTheUrgencyInWords()
    {
        _content.Article("help", "::: emergency\nCall 911 now.\n:::\n");

        var dom = Html.Parse(_content.Load().ArticlesBySlug["help"].Body.Html);

        var box = dom.QuerySelector(".callout.callout-emergency")!;
        Assert.Equal("note", box.GetAttribute("role"));
        Assert.StartsWith("Emergency", box.QuerySelector(".callout-label")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCallout_IsReported()
    {
        _content.Article("help", "::: urgnet\nCall today.\n:::\n");

        Assert.Contains(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.UnknownCallout.Id && d.Line == 9);
    }

    [Fact]
    public void MarkdownNestedTooDeeply_IsTheFilesProblem_SaidInPlainWords_NotASiteFault()
    {
        _content.Article("deep", new string('>', 2000) + " deep\n");

        var error = Assert.Single(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.InternalError.Id);

        Assert.StartsWith("the Markdown is nested too deeply", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("site's own code", error.Message, StringComparison.Ordinal);
    }
}
