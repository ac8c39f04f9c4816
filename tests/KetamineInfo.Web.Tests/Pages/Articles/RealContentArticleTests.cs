using System.Text.RegularExpressions;
using AngleSharp.Dom;
using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Pages.Articles;

/// <summary>
/// The shipped articles as readers get them: key facts first, a Sources list that reads cleanly, and
/// crisis numbers in the "get help" boxes that match the crisis lines in site.yml.
/// </summary>
public sealed partial class RealContentArticleTests(RealSiteFactory site) : IClassFixture<RealSiteFactory>
{
    private static readonly string[] Slugs =
    [
        "what-is-ketamine", "ketamine-for-depression", "how-ketamine-works", "side-effects-and-risks",
        "your-treatment-day", "accessing-ketamine-therapy", "future-of-ketamine-research",
    ];

    public static TheoryData<string> Articles => [.. Slugs];

    [Fact]
    public async Task HomePage_ListsExactlyTheArticlesTestedHere()
    {
        var home = await site.CreateClient().GetDocumentAsync("/");

        var listed = home.QuerySelectorAll("a[href^='/articles/']").Select(a => a.GetAttribute("href")!["/articles/".Length..]).ToHashSet();
        Assert.Equal(Slugs.Order(), listed.Order());
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task InShort_ComesBeforeTheContentsAndBody_WithThreeToFiveFactsThatAreNotTheSummary(string slug)
    {
        var page = await site.CreateClient().GetDocumentAsync($"/articles/{slug}");

        var inShort = page.QuerySelector("section.in-short")!;
        var contents = page.QuerySelector(".on-this-page")!;
        var body = page.QuerySelector(".article-body")!;
        Assert.True(inShort.CompareDocumentPosition(contents).HasFlag(DocumentPositions.Following), $"{slug}: In short is not above 'On this page'");
        Assert.True(inShort.CompareDocumentPosition(body).HasFlag(DocumentPositions.Following), $"{slug}: In short is not above the body");
        var points = inShort.QuerySelectorAll("li");
        Assert.InRange(points.Length, 3, 5);
        var summary = Words(page.QuerySelector("meta[name=description]")!.GetAttribute("content")!);
        Assert.DoesNotContain(summary, Words(inShort.TextContent), StringComparison.Ordinal);
        Assert.All(points, p => Assert.NotEqual(summary, Words(TextWithoutCitations(p))));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task Sources_ReadWithEachPartOnceAndNormalPunctuation(string slug)
    {
        var page = await site.CreateClient().GetDocumentAsync($"/articles/{slug}");

        var sources = page.QuerySelectorAll("#sources li");
        Assert.NotEmpty(sources);
        Assert.All(sources, li =>
        {
            var text = Regex.Replace(li.TextContent.Replace("↩", string.Empty, StringComparison.Ordinal), @"\s+", " ").Trim();
            Assert.DoesNotMatch(DoubledStop(), text);
            Assert.DoesNotMatch(RepeatedYear(), text);
            Assert.DoesNotContain("page not seen", text, StringComparison.OrdinalIgnoreCase);
            Assert.EndsWith(".", text, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task HelpBoxes_UseOnlyTheCrisisNumbersFromSiteYml_AndEmergencyBoxesGiveEveryEmergencyNumber(string slug)
    {
        var page = await site.CreateClient().GetDocumentAsync($"/articles/{slug}");

        // The crisis block is site.yml's crisis lines, rendered on every page.
        var known = page.QuerySelectorAll(".crisis-more a[href^='tel:']")
            .Select(a => Digits(a.GetAttribute("href")!)).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string> { "988", "911", "999", "112", "116123", "111" }, known);

        var boxes = page.QuerySelectorAll(".article-body .callout");
        Assert.All(boxes, box =>
        {
            foreach (Match number in PhoneNumber().Matches(TextWithoutCitations(box)))
            {
                Assert.True(known.Contains(Digits(number.Value)), $"'{number.Value}' in a help box is not a crisis line in site.yml");
            }
        });
        Assert.All(page.QuerySelectorAll(".article-body .callout-emergency"), box =>
        {
            var numbers = PhoneNumber().Matches(TextWithoutCitations(box)).Select(m => Digits(m.Value)).ToHashSet();
            Assert.Superset(new HashSet<string> { "911", "999", "112" }, numbers);
        });
    }

    [Fact]
    public async Task QuickCrisisLine_OffersEveryEmergencyNumber_AndTheFullListHasTheChatAndHelplines()
    {
        var page = await site.CreateClient().GetDocumentAsync("/articles/side-effects-and-risks");

        var quick = page.QuerySelectorAll(".crisis-quick a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["tel:988", "tel:116123", "tel:911", "tel:999", "tel:112"], quick);
        var more = page.QuerySelector(".crisis-more")!;
        Assert.Equal("details", more.LocalName);
        Assert.NotNull(more.QuerySelector("a[href='https://988lifeline.org']"));
        Assert.Contains("UK and Ireland", more.TextContent, StringComparison.Ordinal);
        Assert.Contains("mental health option", more.TextContent, StringComparison.Ordinal);
        // The printed copy carries the same full list.
        Assert.Equal(
            more.QuerySelectorAll("a").Select(a => a.GetAttribute("href")),
            page.QuerySelectorAll(".crisis-print a").Select(a => a.GetAttribute("href")));
    }

    private static string Words(string text) => string.Join(' ', Regex.Split(text.ToLowerInvariant(), @"[^\p{L}\p{N}]+").Where(w => w.Length > 0));

    private static string TextWithoutCitations(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var sup in copy.QuerySelectorAll("sup").ToList())
        {
            sup.Remove();
        }

        return copy.TextContent;
    }

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    // Phone numbers as the boxes write them: 988, 911, 999, 112, 111, 116 123. Other numbers in a help box
    // (hours, doses) have one, two or four digits and are not matched.
    [GeneratedRegex(@"(?<![\d.])\d{3}(?: \d{3})?(?!\d|\.\d)")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"\.\s*\.|,\s*\.|\.\s*,")]
    private static partial Regex DoubledStop();

    [GeneratedRegex(@"(\d{4})\D{0,3}\1\.")]
    private static partial Regex RepeatedYear();
}
