using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

public sealed class SlugTests
{
    [Theory]
    [InlineData("side-effects", true)]
    [InlineData("a1-b2", true)]
    [InlineData("Side-Effects", false)]
    [InlineData("side--effects", false)]
    [InlineData("-side", false)]
    [InlineData("side-", false)]
    [InlineData("side_effects", false)]
    [InlineData("..", false)]
    [InlineData("a/b", false)]
    [InlineData("", false)]
    [InlineData("caf\u00e9", false)]
    public void IsValid_FollowsTheSlugPattern(string candidate, bool expected) =>
        Assert.Equal(expected, Slug.IsValid(candidate));

    [Fact]
    public void IsValid_RejectsVeryLongSlugs() => Assert.False(Slug.IsValid(new string('a', 3000)));

    [Theory]
    [InlineData("What we don't know yet", "what-we-dont-know-yet")]
    [InlineData("Blood pressure", "blood-pressure")]
    [InlineData("  Esketamine (Spravato) vs IV ketamine!  ", "esketamine-spravato-vs-iv-ketamine")]
    [InlineData("Caf\u00e9 & r\u00e9sum\u00e9", "cafe-resume")]
    public void FromText_MakesStableIds(string text, string expected) => Assert.Equal(expected, Slug.FromText(text));

    [Fact]
    public void Load_BadFileName_IsAnError()
    {
        using var content = new TempContent();
        content.Article("Bad_Name", "Text.");

        var snapshot = content.Load();

        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.BadSlug.Id && d.Path == "content/articles/Bad_Name.md");
        Assert.Empty(snapshot.Articles);
    }

    [Fact]
    public void Load_AliasThatIsAnotherSlug_IsAnError()
    {
        using var content = new TempContent();
        content.Article("first", "Text.");
        content.Article("second", "Text.", TempContent.ValidFrontMatter("second") + "\naliases: [first]");

        var snapshot = content.Load();

        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateSlug.Id && d.Path.EndsWith("second.md", StringComparison.Ordinal));
    }
}
