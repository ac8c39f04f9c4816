using System.Text.RegularExpressions;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

/// <summary>
/// <c>~~~chance</c>: two icon arrays for the eye (hidden from screen readers, filled against outlined marks) and
/// one sentence with the same numbers and its numbered citation; every number checked.
/// </summary>
public sealed partial class ChanceBlockTests : IDisposable
{
    private const string Block = """
        Some text [@NICE-TA].

        ~~~chance
        outcome: felt much better
        treatment: the spray with a new pill
        treatment_chance: 59
        comparator: a dummy spray with a new pill
        comparator_chance: 45
        time: After 4 weeks
        source: FDA-LABEL
        ~~~
        """;

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Chance_RendersPicturesForTheEye_AndTheSameNumbersInWords_WithItsCitation()
    {
        _content.Article("a", Block);

        var article = _content.Load().ArticlesBySlug["a"];

        var figure = Html.Parse(article.Body.Html).QuerySelector("figure.chance")!;
        Assert.Equal("true", figure.QuerySelector(".chance-arrays")!.GetAttribute("aria-hidden"));
        var arrays = figure.QuerySelectorAll("svg.icon-array").ToList();
        Assert.Equal([59, 45], arrays.Select(svg => Marks().Count(svg.QuerySelector("path[fill=currentColor]")!.GetAttribute("d")!)));
        Assert.All(arrays, svg => Assert.Equal(100, Marks().Count(svg.InnerHtml)));
        var caption = figure.QuerySelector("figcaption")!;
        Assert.StartsWith("After 4 weeks, 59 out of 100 people who had the spray with a new pill felt much better. With a dummy spray with a new pill, 45 out of 100 did.", caption.TextContent, StringComparison.Ordinal);
        Assert.Equal("#ref-2", caption.QuerySelector("sup.citation a")!.GetAttribute("href"));
        Assert.Equal(["NICE-TA", "FDA-LABEL"], article.Body.Sources.Select(s => s.Reference.Key));
        Assert.DoesNotContain("out of 100", article.Body.PlainText, StringComparison.Ordinal); // not prose: no effect on the reading grade
    }

    [Theory]
    [InlineData("comparator_chance: 45", "comparator_chance: 45%", 16, "'comparator_chance' must be a whole number from 0 to 100 (people out of 100), not '45%'")]
    [InlineData("treatment_chance: 59", "treatment_chance: 101", 14, "'treatment_chance' must be a whole number from 0 to 100 (people out of 100), not '101'")]
    [InlineData("time: After 4 weeks\n", "", 11, "the chance block needs 'time: …'")]
    [InlineData("comparator: a dummy spray with a new pill\ncomparator_chance: 45\n", "", 11, "the chance block needs 'comparator: …'")]
    [InlineData("outcome: felt much better", "outcome felt much better", 12, "'outcome felt much better' is not one of the chance block's keys")]
    public void ABadBlock_IsAnErrorAtItsLine(string find, string replace, int line, string message)
    {
        _content.Article("a", Block.Replace(find, replace, StringComparison.Ordinal));

        var error = Assert.Single(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.BadChance.Id && d.Message.StartsWith(message, StringComparison.Ordinal));

        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void NoComparator_SaysWhy_AndAnUnknownSourceIsAnUnknownCitation()
    {
        _content.Article("a", Block
            .Replace("comparator: a dummy spray with a new pill\ncomparator_chance: 45\n", "no_comparator: everyone in this study had the spray\n", StringComparison.Ordinal)
            .Replace("source: FDA-LABEL", "source: NOPE2020", StringComparison.Ordinal));

        var snapshot = _content.Load();

        var error = Assert.Single(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.UnknownReference.Id);
        Assert.Equal(17, error.Line); // the 'source:' line
        _content.Article("a", Block.Replace("comparator: a dummy spray with a new pill\ncomparator_chance: 45\n", "no_comparator: everyone in this study had the spray\n", StringComparison.Ordinal));
        var caption = Html.Parse(_content.Load().ArticlesBySlug["a"].Body.Html).QuerySelector("figcaption")!.TextContent;
        Assert.Contains("We have no figure for a comparison group: everyone in this study had the spray.", caption, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"a3\.5,3\.5 0 1,0 7,0")]
    private static partial Regex Marks();
}
