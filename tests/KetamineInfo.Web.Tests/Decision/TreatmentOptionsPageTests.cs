using AngleSharp.Dom;
using KetamineInfo.Tests.Shared;
using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Decision;

/// <summary>
/// The options grid and "How we made this comparison" on the shipped content: one card per option, each figure
/// from the option's own arm with its comparator, outcome and time, and both pages made from one file.
/// </summary>
public sealed class TreatmentOptionsPageTests(RealSiteFactory site) : IClassFixture<RealSiteFactory>
{
    private static readonly string[] OptionKeys = ["esketamine", "iv-ketamine", "ect", "rtms", "medicine-change", "talking-therapy", "staying"];

    [Fact]
    public async Task Grid_HasOneCardPerOption_EachAnsweringTheSameQuestions()
    {
        var page = await site.CreateClient().GetDocumentAsync("/treatment-options");

        var cards = page.QuerySelectorAll(".options-grid section.option-card[data-option]");
        Assert.Equal(OptionKeys, cards.Select(c => c.GetAttribute("data-option")));
        var questions = cards.Select(c => string.Join(",", c.QuerySelectorAll(".fact[data-question]").Select(f => f.GetAttribute("data-question")))).Distinct();
        Assert.Equal("involves,how_soon,benefit,side_effects,time,approval,cost,unknowns", Assert.Single(questions));
        Assert.Empty(page.QuerySelectorAll(".article-body table")); // no wide table to scroll sideways
    }

    [Fact]
    public async Task EveryOption_ShowsAFindingOfItsOwn_WithComparatorOutcomeAndTime_NeverNotKnown()
    {
        var page = await site.CreateClient().GetDocumentAsync("/treatment-options");

        foreach (var card in page.QuerySelectorAll("section.option-card"))
        {
            var benefit = card.QuerySelector(".fact[data-question=benefit] dd")!;
            var figures = benefit.QuerySelectorAll("figure.chance");
            var findings = benefit.QuerySelectorAll("p").Where(p => p.TextContent.Contains(", compared with ", StringComparison.Ordinal));
            Assert.True(figures.Length + findings.Count() > 0, $"{card.GetAttribute("data-option")} shows no finding");
            Assert.All(figures, figure =>
            {
                Assert.Equal(2, figure.QuerySelectorAll(".chance-array svg.icon-array").Length); // both arms, always
                var words = figure.QuerySelector("figcaption")!.TextContent;
                Assert.Matches(@"^[A-Z][^,]+, \d+ out of 100 people who had .+\. With .+, \d+ out of 100 did\.", words);
                Assert.NotNull(figure.QuerySelector("figcaption sup.citation a"));
            });
            Assert.Contains("Measured:", benefit.TextContent, StringComparison.Ordinal);
            Assert.Contains("Funding:", benefit.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("not known", benefit.TextContent, StringComparison.OrdinalIgnoreCase);
            Assert.NotNull(benefit.QuerySelector("p.not-comparable")); // the figures count different outcomes
        }
    }

    [Fact]
    public async Task EvidencePage_ListsEverySourceOfEveryOption_WithWhatAReaderNeedsToWeighIt()
    {
        var page = await site.CreateClient().GetDocumentAsync("/how-we-compared");

        var sections = page.QuerySelectorAll("section.option-evidence[data-option]");
        Assert.Equal(OptionKeys, sections.Select(s => s.GetAttribute("data-option")));
        foreach (var section in sections)
        {
            Assert.Equal($"evidence-{section.GetAttribute("data-option")}", section.Id);
            var lists = section.QuerySelectorAll("dl.evidence-facts");
            Assert.NotEmpty(lists);
            Assert.All(lists, dl => Assert.Equal(
                ["Source", "Study design", "Who was studied", "This option", "Compared with", "Outcome", "Time point", "Funded by", "Certainty"],
                dl.QuerySelectorAll("dt").Select(dt => dt.TextContent)));
        }

        Assert.Contains("Evidence last searched: 5 December 2026.", page.QuerySelector(".options-evidence")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachCard_LinksToItsOwnEvidence()
    {
        var client = site.CreateClient();
        var grid = await client.GetDocumentAsync("/treatment-options");
        var evidence = await client.GetDocumentAsync("/how-we-compared");

        foreach (var card in grid.QuerySelectorAll("section.option-card"))
        {
            var link = card.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Single(h => h!.StartsWith("/how-we-compared#", StringComparison.Ordinal))!;
            Assert.Equal(card.GetAttribute("data-option"), evidence.GetElementById(link["/how-we-compared#".Length..])!.GetAttribute("data-option"));
        }
    }
}

/// <summary>Both decision pages are made from decision/options.yml: change one number and both change.</summary>
public sealed class TreatmentOptionsDataTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ki-real-" + Guid.NewGuid().ToString("N"));

    public TreatmentOptionsDataTests()
    {
        foreach (var file in Directory.EnumerateFiles(Repository.ContentPath, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_root, Path.GetRelativePath(Repository.ContentPath, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task ChangingOneFigure_ChangesTheGridAndTheEvidencePage()
    {
        var path = Path.Combine(_root, "decision", "options.yml");
        var yaml = File.ReadAllText(path);
        var first = yaml.IndexOf("arm_chance: 59", StringComparison.Ordinal);
        File.WriteAllText(path, string.Concat(yaml.AsSpan(0, first), "arm_chance: 57", yaml.AsSpan(first + "arm_chance: 59".Length)));
        using var changed = new DataSiteFactory(_root);
        var client = changed.CreateClient();

        var grid = await client.GetDocumentAsync("/treatment-options");
        var evidence = await client.GetDocumentAsync("/how-we-compared");

        Assert.StartsWith("After 4 weeks, 57 out of 100 people who had the spray", Caption(grid, "esketamine"), StringComparison.Ordinal);
        var thisOption = evidence.QuerySelector("#evidence-esketamine dl.evidence-facts")!.QuerySelectorAll("dd")[3].TextContent;
        Assert.Contains("57 out of 100", thisOption, StringComparison.Ordinal);
        Assert.DoesNotContain("59 out of 100", grid.QuerySelector("[data-option=esketamine]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABorrowedArm_IsRefused_AndReadersKeepTheLastGoodGrid()
    {
        using var site = new DataSiteFactory(_root);
        var client = site.CreateClient();
        Assert.Contains(StayingFinding, Benefit(await client.GetDocumentAsync("/treatment-options"), "staying"), StringComparison.Ordinal);

        // The old mistake: "staying" described by the arm of people who started a new antidepressant.
        var path = Path.Combine(_root, "decision", "options.yml");
        var yaml = File.ReadAllText(path);
        var staying = yaml.IndexOf("        arm: staying", StringComparison.Ordinal);
        File.WriteAllText(path, string.Concat(yaml.AsSpan(0, staying), "        arm: medicine-change", yaml.AsSpan(staying + "        arm: staying".Length)));
        var status = await WaitForErrorAsync(client);

        Assert.Contains("this figure for 'staying' is taken from the arm of 'medicine-change'", status, StringComparison.Ordinal);
        Assert.Contains(StayingFinding, Benefit(await client.GetDocumentAsync("/treatment-options"), "staying"), StringComparison.Ordinal);
    }

    private static async Task<string> WaitForErrorAsync(HttpClient client)
    {
        for (var waited = 0; waited < 30_000; waited += 100)
        {
            var text = (await client.GetDocumentAsync("/_content")).Body!.TextContent;
            if (text.Contains("KI0126", StringComparison.Ordinal))
            {
                return text;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the change to decision/options.yml was never reported");
    }

    private const string StayingFinding = "usual care from their GP (including their antidepressant)"; // the arm the staying figure is taken from

    private static string Benefit(IDocument page, string option) =>
        page.QuerySelector($"[data-option={option}] [data-question=benefit]")!.TextContent;

    private static string Caption(IDocument page, string option) =>
        page.QuerySelector($"[data-option={option}] figure.chance figcaption")!.TextContent;

    private sealed class DataSiteFactory(string root) : SiteFactory(root, "Development");
}
