using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

/// <summary>The "In short" box: first in the body, 3 to 5 key facts, never the summary again.</summary>
public sealed class InShortTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private const string Facts = """
        ::: in-short
        - Most people feel detached for an hour or two [@SMITH2021].
        - Staff check your blood pressure before and after [@FDA-LABEL].
        - Ask your team what to do if you feel unwell.
        :::

        """;

    [Fact]
    public void InShortBox_RendersApartAsALabelledSection()
    {
        _content.Article("facts", Facts + "Body text [@NICE-TA].");

        var snapshot = _content.Load();

        Assert.DoesNotContain(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.InShortMissing.Id);
        var body = snapshot.ArticlesBySlug["facts"].Body;
        Assert.DoesNotContain("in-short", body.Html, StringComparison.Ordinal);
        var section = Html.Parse(body.KeyFactsHtml!).Body!.FirstElementChild!;
        Assert.Equal("section", section.LocalName);
        Assert.Equal("in-short-heading", section.GetAttribute("aria-labelledby"));
        Assert.Equal("In short", section.QuerySelector("h2")!.TextContent);
        Assert.Equal(3, section.QuerySelectorAll("li").Length);
        // Its citations are numbered first, as the reader meets them.
        Assert.Equal("SMITH2021", body.Sources[0].Reference.Key);
        Assert.Equal("#ref-1", section.QuerySelector("sup.citation a")!.GetAttribute("href"));
    }

    [Fact]
    public void ArticleWithoutInShort_IsWarnedAtTheBodyStart()
    {
        _content.Article("bare", "Body text.");

        var warning = Assert.Single(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.InShortMissing.Id);

        Assert.False(warning.IsError);
        Assert.Equal(9, warning.Line);
    }

    [Fact]
    public void InShortAfterOtherText_IsWarned()
    {
        _content.Article("late", "Opening text.\n\n" + Facts);

        Assert.Contains(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.InShortMissing.Id);
    }

    [Theory]
    [InlineData("- One.\n- Two.\n")]
    [InlineData("- One.\n- Two.\n- Three.\n- Four.\n- Five.\n- Six.\n")]
    [InlineData("Just a paragraph.\n")]
    public void InShortWithTooFewOrTooManyPoints_IsWarned(string inside)
    {
        _content.Article("count", $"::: in-short\n{inside}:::\n\nBody.");

        var warning = Assert.Single(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.InShortMissing.Id);
        Assert.Equal(9, warning.Line);
    }

    [Fact]
    public void InShortThatRepeatsTheSummary_IsWarned()
    {
        _content.Article("echo", "::: in-short\n- Summary of echo.\n- Two.\n- Three.\n:::\n\nBody.");

        var warning = Assert.Single(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.InShortMissing.Id);
        Assert.Contains("repeats the summary", warning.Message, StringComparison.Ordinal);
    }
}
