using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

/// <summary>
/// <c>{recheck YYYY-MM-DD}</c> marks a fact that goes stale on a day: readers never see the marker, check warns
/// 60 days ahead and after the day, and the page is always still served.
/// </summary>
public sealed class DatedFactTests : IDisposable
{
    private readonly TempContent _content = new(); // today is 2026-11-25

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Marker_IsInvisibleToReaders_AndToTheReadingGrade()
    {
        _content.Article("a", "The rule lasts to the end of the year.{recheck 2026-12-31}\n");

        var article = _content.Load().ArticlesBySlug["a"];

        Assert.DoesNotContain("recheck", article.Body.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("recheck", article.Body.PlainText, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 31), Assert.Single(article.Body.DatedFacts).Recheck);
    }

    [Theory]
    [InlineData("2026-12-31", "KI0206", "this fact is due to be checked again on 2026-12-31 (in 36 days)")]
    [InlineData("2026-11-01", "KI0207", "this fact was due to be checked again on 2026-11-01: check it, update the text and set a new date")]
    public void DueOrPassed_IsAWarning_AtTheMarker_AndThePageIsStillServed(string date, string code, string message)
    {
        _content.Article("a", $"Line one.\n\nThe price is for this year.{{recheck {date}}}\n");

        var snapshot = _content.Load();

        var warning = Assert.Single(snapshot.Diagnostics, d => d.Code == code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(message, warning.Message);
        Assert.Equal((11, 28), (warning.Line, warning.Column)); // front matter is 8 lines; the body starts on line 9
        Assert.True(snapshot.ArticlesBySlug.ContainsKey("a"));
    }

    [Fact]
    public void FarOff_SaysNothing_AndABadDate_IsAnError()
    {
        _content.Article("a", "Fine for now.{recheck 2027-06-01}\n").Article("b", "Typo.{recheck 2026-31-12}\n", TempContent.ValidFrontMatter("b", 2));

        var snapshot = _content.Load();

        Assert.DoesNotContain(snapshot.Diagnostics, d => d.Path.EndsWith("a.md", StringComparison.Ordinal) && d.Code is "KI0206" or "KI0207");
        Assert.Contains(snapshot.Diagnostics, d => d.Path.EndsWith("b.md", StringComparison.Ordinal) && d.Code == DiagnosticCodes.WrongType.Id && d.Message.Contains("{recheck 2026-12-31}", StringComparison.Ordinal));
    }
}
