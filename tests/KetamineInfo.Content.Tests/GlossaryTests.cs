using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

public sealed class GlossaryTests
{
    [Fact]
    public void FirstUseOfATerm_LinksToItsDefinition_OnlyOnce()
    {
        using var content = new TempContent();
        content.Article("terms", "## Dissociation\n\nYou may feel dissociative. Dissociation fades.\n\nMore dissociation.");

        var dom = Html.Parse(content.Load().ArticlesBySlug["terms"].Body.Html);

        var term = Assert.Single(dom.QuerySelectorAll("a.term"));
        Assert.Equal("/glossary#dissociation", term.GetAttribute("href"));
        Assert.Equal("dissociative", term.TextContent);
        Assert.Equal("Feeling cut off from your body.", term.GetAttribute("data-definition"));
        Assert.Null(dom.QuerySelector("h2 a.term")); // headings are left alone
    }

    [Fact]
    public void Terms_InsideLinks_AreNotLinkedAgain()
    {
        using var content = new TempContent();
        content.Article("terms", "[About dissociation](https://www.nimh.nih.gov/) and dissociation.");

        var dom = Html.Parse(content.Load().ArticlesBySlug["terms"].Body.Html);

        Assert.Equal(2, dom.QuerySelectorAll("a").Length);
        Assert.Equal("dissociation", dom.QuerySelector("a.term")!.TextContent);
    }

    [Fact]
    public void TableCells_CarryTheirColumnHeading()
    {
        using var content = new TempContent();
        content.Article("table", "| Row | Spray | IV |\n|---|---|---|\n| Setting | Clinic | Clinic too |\n");

        var cells = Html.Parse(content.Load().ArticlesBySlug["table"].Body.Html).QuerySelectorAll("tbody td");

        Assert.Equal(["Row", "Spray", "IV"], cells.Select(c => c.GetAttribute("data-label")));
    }
}
