using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

/// <summary>A body cut into the sections search finds: each with its heading's id, its h2 above, and its own words.</summary>
public sealed class BodySectionTests
{
    [Fact]
    public void Sections_FollowTheHeadings_WithTheOpeningFirst_AndTheH2AboveEachH3()
    {
        using var content = new TempContent();
        content.Article("cut", "Opening words [@SMITH2021].\n\n## First part\n\nFirst words.\n\n### Detail\n\nDetail words.\n\n## Second part\n\n- a listed point\n");

        var sections = content.Load().ArticlesBySlug["cut"].Body.Sections;

        Assert.Equal(["", "first-part", "detail", "second-part"], sections.Select(s => s.Id));
        Assert.Equal("Opening words.", sections[0].PlainText);
        Assert.Equal(("Detail", "First part", "Detail words."), (sections[2].Heading, sections[2].ParentHeading, sections[2].PlainText));
        Assert.Equal(string.Empty, sections[1].ParentHeading);
        Assert.Equal("a listed point", sections[3].PlainText);
    }

    [Fact]
    public void AHeadingWithNoWordsOfItsOwn_IsNoSection_AndTablesReadAsRows()
    {
        using var content = new TempContent();
        content.Article("cut", "## Outer\n\n### Inner\n\n| Side effect | Spray |\n|---|---|\n| Dizziness | 29 out of 100 |\n");

        var sections = content.Load().ArticlesBySlug["cut"].Body.Sections;

        var inner = Assert.Single(sections);
        Assert.Equal(("inner", "Outer"), (inner.Id, inner.ParentHeading));
        Assert.Equal("Side effect: Dizziness; Spray: 29 out of 100.", inner.PlainText);
    }
}
