using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

public sealed class FrontMatterTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Load_ValidFrontMatter_MapsEveryField()
    {
        _content.Article("blood-pressure", "Some text.", """
            title: Blood pressure
            summary: What happens to blood pressure.
            order: 3
            last_reviewed: 2026-11-25
            next_review: 2027-11-01
            updated: 2026-11-26
            aliases: [bp, blood-pressure-old]
            draft: false
            """);

        var snapshot = _content.Load();

        var meta = snapshot.ArticlesBySlug["blood-pressure"].Metadata;
        Assert.Equal("Blood pressure", meta.Title);
        Assert.Equal("What happens to blood pressure.", meta.Summary);
        Assert.Equal(3, meta.Order);
        Assert.Equal(new DateOnly(2026, 11, 25), meta.LastReviewed);
        Assert.Equal(new DateOnly(2027, 11, 1), meta.NextReview);
        Assert.Equal(new DateOnly(2026, 11, 26), meta.LastModified);
        Assert.Equal(["bp", "blood-pressure-old"], meta.Aliases);
        Assert.Equal("blood-pressure", snapshot.Aliases["bp"]);
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Load_MissingRequiredKey_ReportsItAndDoesNotPublish()
    {
        _content.Article("no-title", "Text.", """
            summary: No title here.
            order: 1
            last_reviewed: 2026-11-25
            next_review: 2027-11-25
            """);

        var snapshot = _content.Load();

        var error = Assert.Single(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.MissingKey.Id);
        Assert.Equal("content/articles/no-title.md", error.Path);
        Assert.Contains("'title'", error.Message, StringComparison.Ordinal);
        Assert.False(snapshot.ArticlesBySlug.ContainsKey("no-title"));
    }

    [Fact]
    public void Load_UnknownKey_ReportsLineColumnAndSuggestion()
    {
        _content.Article("typo", "Text.", TempContent.ValidFrontMatter("typo") + "\nreveiwed_by: Someone");

        var snapshot = _content.Load();

        var error = Assert.Single(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.UnknownKey.Id);
        Assert.Equal(8, error.Line); // line 1 is '---'; the bad key is the 7th front matter line
        Assert.Equal(1, error.Column);
        Assert.Contains("did you mean 'reviewed_by'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongDateType_ReportsWhereTheValueIs()
    {
        _content.Article("bad-date", "Text.", TempContent.ValidFrontMatter("bad-date").Replace("last_reviewed: 2026-11-25", "last_reviewed: last tuesday", StringComparison.Ordinal));

        var snapshot = _content.Load();

        var error = Assert.Single(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.WrongType.Id);
        Assert.Equal((5, 16), (error.Line, error.Column));
        Assert.Contains("2026-11-25", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_YamlSyntaxError_ReportsFileLine()
    {
        _content.Article("broken", "Text.", "title: [unclosed\nsummary: x");

        var snapshot = _content.Load();

        var error = Assert.Single(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.YamlSyntax.Id);
        Assert.Equal("content/articles/broken.md", error.Path);
        Assert.InRange(error.Line, 2, 4);
    }

    [Fact]
    public void Load_NoFrontMatter_IsAnError()
    {
        _content.Write("articles/bare.md", "Just text.\n");

        var snapshot = _content.Load();

        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.MissingFrontMatter.Id && d.Line == 1);
    }

    [Fact]
    public void Load_NextReviewInThePast_IsAWarning_AndThePageStaysPublished()
    {
        _content.Article("overdue", "Text.", TempContent.ValidFrontMatter("overdue")
            .Replace("2026-11-25", "2025-10-01", StringComparison.Ordinal)
            .Replace("2027-11-25", "2026-10-01", StringComparison.Ordinal));

        var snapshot = _content.Load();

        var warning = Assert.Single(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.ReviewOverdue.Id);
        Assert.Equal(6, warning.Line);
        Assert.False(warning.IsError);
        Assert.NotNull(snapshot.FindPublished("overdue"));
    }

    [Fact]
    public void Load_ClinicalChangeNewerThanTheReview_PointsAtThatChangeAndSaysWhatToDo()
    {
        _content.Article("changed", "Text.", TempContent.ValidFrontMatter("changed") + """

            changes:
              - date: 2026-11-20
                summary: A typo.
                kind: editorial
              - date: 2026-11-26
                summary: New dose advice.
                kind: clinical
            """);

        var error = Assert.Single(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.ReviewOlderThanChange.Id);

        Assert.Equal(12, error.Line); // the "- date: 2026-11-26" entry
        Assert.StartsWith("this clinical change of 2026-11-26 is newer than last_reviewed 2026-11-25: have the page reviewed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: \"Title of q", "\"")]
    [InlineData("title: 'Title of q", "'")]
    public void Load_UnclosedQuote_SaysWhereTheQuoteOpened(string broken, string quote)
    {
        _content.Article("q", "Text.", TempContent.ValidFrontMatter("q").Replace("title: Title of q", broken, StringComparison.Ordinal));

        var error = Assert.Single(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.YamlSyntax.Id);

        Assert.Equal((2, 8), (error.Line, error.Column));
        Assert.Equal($"the quote ({quote}) opened at 2:8 is never closed: add {quote} at the end of the value, or remove the opening one", error.Message);
    }

    [Fact]
    public void Load_SummaryOver160Characters_IsAnError()
    {
        _content.Article("long", "Text.", TempContent.ValidFrontMatter("long").Replace("Summary of long.", new string('a', 161), StringComparison.Ordinal));

        var snapshot = _content.Load();

        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.ValueOutOfRange.Id && d.Line == 3);
    }
}
