using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

/// <summary>
/// <c>{certainty LEVEL WHO}</c>: a badge naming a published rating and its rater, linking to the glossary; the
/// claim's wording must not be stronger than the rating (KI0208).
/// </summary>
public sealed class CertaintyTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Rating_ShowsAsALabelledBadge_WithWhoRatedIt()
    {
        _content.Article("a", "We are very unsure whether it helps [@NICE-TA]. {certainty very-low the Cochrane review, 2021}\n");

        var snapshot = _content.Load();

        var badge = Html.Parse(snapshot.ArticlesBySlug["a"].Body.Html).QuerySelector(".certainty")!;
        Assert.Equal("Very low certainty, rated by the Cochrane review, 2021", badge.TextContent);
        Assert.Equal("/glossary#certainty-of-evidence", badge.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.Code is "KI0208" or "KI0105");
    }

    [Theory]
    [InlineData("Ketamine results in recovery.", "very-low", "use 'very unsure'")]
    [InlineData("Ketamine helps.", "low", "use 'may' or 'might'")]
    [InlineData("Ketamine helps.", "moderate", "use 'probably' or 'likely'")]
    public void WordingStrongerThanTheRating_IsWarnedAtTheBadge(string claim, string level, string advice)
    {
        _content.Article("a", $"Some context here. {claim} {{certainty {level} the Cochrane review, 2021}}\n");

        var warning = Assert.Single(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.CertaintyWording.Id);

        Assert.EndsWith(advice, warning.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void HighCertainty_MaySaySoPlainly_AndAnUnknownLevelIsAnError()
    {
        _content.Article("a", "Ketamine results in sleepiness. {certainty high a review}\n").Article("b", "It may help. {certainty sure a review}\n", TempContent.ValidFrontMatter("b", 2));

        var snapshot = _content.Load();

        Assert.DoesNotContain(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.CertaintyWording.Id);
        Assert.Contains(snapshot.Diagnostics, d => d.Path.EndsWith("b.md", StringComparison.Ordinal) && d.Code == DiagnosticCodes.WrongType.Id && d.Message.Contains("needs a level", StringComparison.Ordinal));
    }
}
