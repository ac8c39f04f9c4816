using System.Globalization;
using System.Text;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// Places the decision aid's data in a page: <c>~~~options-grid</c> (one card per option), <c>~~~options-evidence</c>
/// (every source of every option, for "How we made this comparison") and <c>~~~values-exercise</c>. The words
/// inside come from <c>decision/*.yml</c> and are parsed with the page's own pipeline, so their citations are
/// numbered with the page's and listed under its Sources, and glossary terms and links work as anywhere else.
/// Runs at parse time, before chance blocks and heading ids, so the generated headings get ids too.
/// </summary>
internal static class DecisionBlocks
{
    public const string Grid = "options-grid";
    public const string Evidence = "options-evidence";
    public const string Values = "values-exercise";

    public static void Apply(MarkdownDocument syntax, DecisionData data, MarkdownPipeline pipeline, ProcessingBudget budget, DiagnosticBag bag)
    {
        var words = data.Words;
        foreach (var code in syntax.Descendants<FencedCodeBlock>().Where(c => c.Info?.Trim() is Grid or Evidence or Values).ToList())
        {
            var kind = code.Info!.Trim();
            var fragments = new Fragments(pipeline, budget, code.Line);
            Block? built = (kind, data) switch
            {
                (Grid, { Options: { } options }) => BuildGrid(options, words, EvidencePath(options, data.Language), fragments),
                (Evidence, { Options: { } options }) => BuildEvidence(options, words, data.Language, fragments),
                (Values, { Values: { } values }) => new ValuesExerciseBlock(values, data.Options?.Options ?? []) { Line = code.Line },
                _ => null,
            };
            var parent = code.Parent!;
            var index = parent.IndexOf(code);
            parent.RemoveAt(index);
            if (built is null)
            {
                var file = data.FolderPrefix + (kind == Values ? "decision/values.yml" : "decision/options.yml");
                bag.Add(DiagnosticCodes.BadEvidence, code.Line + 1, 1, $"'~~~{kind}' cannot be shown: {file} is missing or has errors (run check to see them)");
                continue;
            }

            parent.Insert(index, built);
        }
    }

    // The page that lists the evidence, in the grid's language: a translation's data names its translated page.
    private static string EvidencePath(TreatmentOptions data, string language) =>
        language == "en" ? SitePaths.Page(data.EvidencePage) : SitePaths.Translated(language, isPage: true, data.EvidencePage);

    private static OptionsBlock BuildGrid(TreatmentOptions data, SiteStrings words, string evidencePath, Fragments fragments)
    {
        var grid = new OptionsBlock("options-grid", null);
        foreach (var option in data.Options)
        {
            var card = new OptionsBlock("option-card", option.Key, "section");
            fragments.AddTo(card, $"## {option.Name}");
            var facts = new OptionsBlock("option-facts", null, "dl");
            foreach (var question in data.Questions)
            {
                var fact = new OptionFactBlock(question.Label, question.Key);
                fragments.AddTo(fact, option.Answers[question.Key]);
                if (question.Key == TreatmentOptions.BenefitQuestion)
                {
                    AddFigures(fact, option, data, words, fragments);
                }

                facts.Add(fact);
            }

            card.Add(facts);
            fragments.AddTo(card, $"[{words["decision.how_chosen_link"]}]({evidencePath}#evidence-{option.Key})");
            grid.Add(card);
        }

        return grid;
    }

    private static void AddFigures(OptionFactBlock fact, TreatmentOption option, TreatmentOptions data, SiteStrings words, Fragments fragments)
    {
        if (option.NoFigure is { } none)
        {
            fragments.AddTo(fact, none);
        }

        foreach (var figure in option.Figures)
        {
            if (figure.HasChances)
            {
                var chance = ChanceBlock.Create(figure.OutcomeWords, figure.ArmWords, figure.ArmChance!.Value, figure.Comparator, figure.ComparatorChance,
                    null, Capitalised(figure.Time), figure.Source, fragments.Line);
                fact.Add(chance);
            }
            else
            {
                fragments.AddTo(fact, $"**{words.Format("decision.finding_in_words", ("time", Capitalised(figure.Time)), ("comparator", figure.Comparator))}** {figure.Finding} [@{figure.Source}]");
            }

            var note = new StringBuilder("*").Append(words.Format("decision.figure_note",
                ("design", Capitalised(figure.Design)), ("people", figure.People), ("measured", figure.Measured), ("funding", figure.Funding)));
            if (figure.Certainty is { } certainty)
            {
                note.Append(' ').Append(words.Format("decision.figure_certainty", ("level", Level(words, certainty)), ("rater", figure.CertaintyRater ?? string.Empty)));
            }

            fragments.AddTo(fact, note.Append('*').ToString());
        }

        // Once per option, after its figures: the grid's figures count different things, so no two line up.
        if (data.MixesOutcomes && option.Figures.Count > 0)
        {
            fragments.AddTo(fact, $"**{data.NotComparable}**", "not-comparable");
        }
    }

    private static OptionsBlock BuildEvidence(TreatmentOptions data, SiteStrings words, string language, Fragments fragments)
    {
        var list = new OptionsBlock("options-evidence", null);
        fragments.AddTo(list, words.Format("decision.evidence_dates",
            ("searched", DateWords.InWords(data.EvidenceSearched, language)), ("next", DateWords.InWords(data.NextUpdate, language))));
        foreach (var option in data.Options)
        {
            var section = new OptionsBlock("option-evidence", option.Key, "section") { Id = $"evidence-{option.Key}" };
            fragments.AddTo(section, $"## {option.Name}");
            fragments.AddTo(section, $"**{words["decision.why_sources"]}** {option.ChosenBecause}");
            if (option.NoFigure is { } none)
            {
                fragments.AddTo(section, $"**{words["decision.no_figure"]}** {none}");
            }

            foreach (var figure in option.Figures)
            {
                var facts = new OptionsBlock("evidence-facts", null, "dl");
                Fact(facts, words["decision.fact_source"], $"[@{figure.Source}]", fragments);
                Fact(facts, words["decision.fact_design"], figure.Design, fragments);
                Fact(facts, words["decision.fact_people"], figure.People, fragments);
                Fact(facts, words["decision.fact_this_option"], figure.HasChances ? ArmChance(words, figure.ArmWords, figure.ArmChance!.Value) : $"{figure.ArmWords}: {figure.Finding}", fragments);
                Fact(facts, words["decision.fact_compared_with"], figure.HasChances ? ArmChance(words, figure.Comparator, figure.ComparatorChance!.Value) : figure.Comparator, fragments);
                Fact(facts, words["decision.fact_outcome"], words.Format("decision.outcome_measured",
                    ("outcome", words["decision.outcome_" + figure.Outcome.ToString().ToLowerInvariant()]), ("words", figure.OutcomeWords), ("measured", figure.Measured)), fragments);
                Fact(facts, words["decision.fact_time"], Capitalised(figure.Time), fragments);
                Fact(facts, words["decision.fact_funded_by"], figure.Funding, fragments);
                Fact(facts, words["decision.fact_certainty"], figure.Certainty is { } c
                    ? words.Format("decision.certainty_rated", ("level", Level(words, c)), ("rater", figure.CertaintyRater ?? string.Empty))
                    : words["decision.certainty_none"], fragments);
                section.Add(facts);
            }

            fragments.AddTo(section, $"**{words["decision.limits"]}** {option.Limits}");
            list.Add(section);
        }

        return list;
    }

    private static void Fact(OptionsBlock list, string term, string markdown, Fragments fragments)
    {
        var fact = new OptionFactBlock(term, null);
        fragments.AddTo(fact, markdown);
        list.Add(fact);
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // A GRADE level as the rater wrote it (high, moderate, low, very low), in the page's words; anything else as written.
    private static string Level(SiteStrings words, string level) =>
        words.Values.TryGetValue("decision.level_" + level.Trim().ToLowerInvariant().Replace(' ', '_'), out var said) ? said : level;

    private static string ArmChance(SiteStrings words, string arm, int chance) =>
        words.Format("decision.arm_chance", ("arm", arm), ("chance", chance.ToString(CultureInfo.InvariantCulture)));
}
