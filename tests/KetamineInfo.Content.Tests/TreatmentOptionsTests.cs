using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

/// <summary>
/// decision/options.yml: a figure may describe only the option whose arm it measured, and must name its
/// comparator, outcome and time; the grid and the evidence list are rendered from it into pages.
/// </summary>
public sealed class TreatmentOptionsTests : IDisposable
{
    private const string Options = """
        evidence_searched: 2026-12-01
        next_update: 2027-06-01
        evidence_page: evidence
        not_comparable: Do not compare these figures.
        questions:
          - key: involves
            label: What it involves
          - key: benefit
            label: What studies found
        options:
          - key: spray
            name: The spray
            answers:
              involves: A spray [@FDA-LABEL].
              benefit: One trial.
            chosen_because: It is the only trial.
            limits: It was small.
            figures:
              - source: SMITH2021
                design: a randomised, double-blind trial
                people: adults
                arm: spray
                arm_words: the spray
                arm_chance: 59
                comparator: a dummy spray
                comparator_chance: 45
                outcome: response
                outcome_words: felt much better
                measured: their score halved
                time: after 4 weeks
                funding: a company
          - key: staying
            name: Staying
            answers:
              involves: No change.
              benefit: Nothing measured.
            chosen_because: Nothing else.
            limits: None found.
            no_figure: No study measured staying.
        """;

    private readonly TempContent _content = new();

    private TempContent Page(string slug, string block) =>
        _content.Write($"pages/{slug}.md", $"---\ntitle: {slug}\nsummary: The {slug} page.\nlast_reviewed: 2026-11-25\nnext_review: 2027-11-25\n---\nIntro.\n\n~~~{block}\n~~~\n");

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Grid_IsOneCardPerOption_WithBothArmsOfEachFigure_CitedInThePagesSources()
    {
        _content.Write("decision/options.yml", Options);
        Page("grid", "options-grid");

        var page = _content.Load().Pages["grid"];

        var html = Html.Parse(page.Body.Html);
        Assert.Equal(["spray", "staying"], html.QuerySelectorAll("section.option-card").Select(c => c.GetAttribute("data-option")));
        var caption = html.QuerySelector("[data-option=spray] figure.chance figcaption")!.TextContent;
        Assert.StartsWith("After 4 weeks, 59 out of 100 people who had the spray felt much better. With a dummy spray, 45 out of 100 did.", caption, StringComparison.Ordinal);
        Assert.Equal(["FDA-LABEL", "SMITH2021"], page.Body.Sources.Select(s => s.Reference.Key));
        Assert.Contains("No study measured staying.", html.QuerySelector("[data-option=staying] [data-question=benefit]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(html.QuerySelector(".not-comparable")); // one kind of outcome only
        Assert.Equal("/evidence#evidence-spray", html.QuerySelectorAll("[data-option=spray] a")[^1].GetAttribute("href"));
    }

    [Fact]
    public void FiguresCountingDifferentOutcomes_AreLabelledNotComparable()
    {
        _content.Write("decision/options.yml", Options.Replace("""
            no_figure: No study measured staying.
            """, """
            figures:
                  - source: SMITH2021
                    design: a trial
                    people: adults
                    arm: staying
                    arm_words: usual care
                    arm_chance: 10
                    comparator: a new pill
                    comparator_chance: 15
                    outcome: remission
                    outcome_words: had few symptoms left
                    measured: a low score
                    time: after 8 weeks
                    funding: public money
            """, StringComparison.Ordinal));
        Page("grid", "options-grid");

        var html = Html.Parse(_content.Load().Pages["grid"].Body.Html);

        Assert.Equal(2, html.QuerySelectorAll("[data-question=benefit] p.not-comparable").Length);
        Assert.Contains("Do not compare these figures.", html.QuerySelector("p.not-comparable")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("arm: spray\n", "arm: staying\n", 22, "this figure for 'spray' is taken from the arm of 'staying': a figure may describe only the option whose arm it measured")]
    [InlineData("\n        comparator: a dummy spray", "", 19, "this figure has no 'comparator': give what the other group in the study had")]
    [InlineData("\n        time: after 4 weeks", "", 19, "this figure has no 'time': give when it was measured")]
    [InlineData("\n        comparator_chance: 45", "", 19, "this figure gives 'arm_chance' but not 'comparator_chance': show both arms")]
    [InlineData("funding: a company\n", "funding: a company\n        certainty: high\n", 19, "give a certainty rating together with who published it")]
    [InlineData("\n    no_figure: No study measured staying.", "", 32, "option 'staying' has no figures: add one from a study that measured this option itself, or say in 'no_figure: …' why")]
    public void AMisleadingFigure_IsAnErrorAtItsLine(string find, string replace, int line, string message)
    {
        _content.Write("decision/options.yml", Options.Replace(find, replace, StringComparison.Ordinal));

        var snapshot = _content.Load();

        var error = Assert.Single(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.BadEvidence.Id);
        Assert.Equal("content/decision/options.yml", error.Path);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
        Assert.Null(snapshot.TreatmentOptions); // a half-read grid would mislead
    }

    [Fact]
    public void AnUnknownSourceOrAMissingAnswer_IsReportedInTheDataFile()
    {
        _content.Write("decision/options.yml", Options.Replace("source: SMITH2021", "source: SMTIH2021", StringComparison.Ordinal).Replace("      benefit: Nothing measured.\n", string.Empty, StringComparison.Ordinal));

        var diagnostics = _content.Load().Diagnostics;

        var unknown = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnknownReference.Id);
        Assert.Equal(("content/decision/options.yml", 19), (unknown.Path, unknown.Line));
        Assert.Contains("did you mean 'SMITH2021'?", unknown.Message, StringComparison.Ordinal);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.MissingKey.Id && d.Message.StartsWith("'benefit' is required", StringComparison.Ordinal));
    }

    [Fact]
    public void EvidenceList_IsMadeFromTheSameFigures()
    {
        _content.Write("decision/options.yml", Options);
        Page("evidence", "options-evidence");

        var html = Html.Parse(_content.Load().Pages["evidence"].Body.Html);

        var spray = html.QuerySelector("section#evidence-spray[data-option=spray]")!;
        var facts = spray.QuerySelectorAll("dl.evidence-facts .fact").ToDictionary(f => f.QuerySelector("dt")!.TextContent, f => f.QuerySelector("dd")!.TextContent.Trim());
        Assert.Equal("the spray: 59 out of 100", facts["This option"]);
        Assert.Equal("a dummy spray: 45 out of 100", facts["Compared with"]);
        Assert.Equal("a company", facts["Funded by"]);
        Assert.Equal("None shown (the limits below say whether a rating exists that we could not read)", facts["Certainty"]);
        Assert.Contains("It was small.", spray.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ABlockWithoutItsData_IsAnErrorAtTheBlock()
    {
        Page("grid", "options-grid");

        var error = Assert.Single(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.BadEvidence.Id);

        Assert.Equal(("content/pages/grid.md", 9), (error.Path, error.Line));
    }
}
