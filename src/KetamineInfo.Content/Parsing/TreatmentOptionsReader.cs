using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace KetamineInfo.Content.Parsing;

/// <summary>
/// Reads <c>decision/options.yml</c>. Every figure must come from the option's own arm and name its comparator,
/// outcome and time point (KI0126): the grid once borrowed a comparison arm's figure for "staying with your
/// plan", and this is where that is refused. Every option answers every question; sources must be known.
/// </summary>
internal static class TreatmentOptionsReader
{
    public const string FileName = "decision/options.yml";
    public const int MaxOptions = 12;
    public const int MaxFiguresPerOption = 6;

    private static readonly string[] RootFields = ["evidence_searched", "next_update", "evidence_page", "not_comparable", "questions", "options"];
    private static readonly string[] QuestionFields = ["key", "label"];
    private static readonly string[] OptionFields = ["key", "name", "answers", "figures", "no_figure", "chosen_because", "limits"];
    public static TreatmentOptions? Read(string yaml, DiagnosticBag bag, IReadOnlyDictionary<string, Reference> references)
    {
        if (YamlMappingReader.For(SafeYaml.Load(yaml, bag), bag, 0, FileName) is not { } root)
        {
            return null;
        }

        root.RejectUnknownKeys(RootFields, "options file");
        var searched = root.Date("evidence_searched", required: true);
        var nextUpdate = root.Date("next_update", required: true);
        var evidencePage = root.String("evidence_page", required: true, maxLength: Slug.MaxLength);
        var notComparable = root.String("not_comparable", required: true, maxLength: 300);
        if (evidencePage is not null && !Slug.IsValid(evidencePage))
        {
            var (line, column) = root.PositionOf("evidence_page");
            bag.Add(DiagnosticCodes.BadSlug, line, column, $"'evidence_page' must be the file name of a page in pages/, without '.md', not '{evidencePage}'");
        }
        var questions = ReadQuestions(root, bag);
        var optionNodes = Items(root, "options", bag, MaxOptions);
        var keys = optionNodes.Select(n => (n as YamlMappingNode)?.Children.TryGetValue(new YamlScalarNode("key"), out var k) == true ? (k as YamlScalarNode)?.Value : null)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        var options = new List<TreatmentOption>();
        foreach (var node in optionNodes)
        {
            if (YamlMappingReader.For(node, bag, 0, "an option") is { } entry && ReadOption(entry, questions, keys, references, bag) is { } option)
            {
                if (options.Exists(o => o.Key == option.Key))
                {
                    bag.Add(DiagnosticCodes.DuplicateSlug, entry.Line, entry.Column, $"option '{option.Key}' is given twice");
                    continue;
                }

                options.Add(option);
            }
        }

        if (searched is null || nextUpdate is null || evidencePage is null || notComparable is null || questions.Count == 0 || bag.HasErrors)
        {
            return null; // a half-read grid would mislead: the pages keep their last good version
        }

        return new TreatmentOptions(searched.Value, nextUpdate.Value, evidencePage, notComparable, questions, options);
    }

    private static List<OptionQuestion> ReadQuestions(YamlMappingReader root, DiagnosticBag bag)
    {
        var questions = new List<OptionQuestion>();
        foreach (var node in Items(root, "questions", bag, 16))
        {
            if (YamlMappingReader.For(node, bag, 0, "a question") is not { } entry)
            {
                continue;
            }

            entry.RejectUnknownKeys(QuestionFields, "question");
            if (entry.String("key", required: true, maxLength: 40) is { } key && entry.String("label", required: true, maxLength: 80) is { } label)
            {
                questions.Add(new OptionQuestion(key, label));
            }
        }

        if (questions.Count > 0 && !questions.Exists(q => q.Key == TreatmentOptions.BenefitQuestion))
        {
            var (line, column) = root.PositionOf("questions");
            bag.Add(DiagnosticCodes.MissingKey, line, column, $"one question must have key '{TreatmentOptions.BenefitQuestion}': the figures are shown under it");
        }

        return questions;
    }

    private static TreatmentOption? ReadOption(YamlMappingReader entry, List<OptionQuestion> questions, HashSet<string> keys,
        IReadOnlyDictionary<string, Reference> references, DiagnosticBag bag)
    {
        entry.RejectUnknownKeys(OptionFields, "option");
        var key = entry.String("key", required: true, maxLength: Slug.MaxLength);
        var name = entry.String("name", required: true, maxLength: 80);
        var chosen = entry.String("chosen_because", required: true, maxLength: 1200);
        var limits = entry.String("limits", required: true, maxLength: 1200);
        var noFigure = entry.String("no_figure", maxLength: 800);
        if (key is not null && !Slug.IsValid(key))
        {
            var (line, column) = entry.PositionOf("key");
            bag.Add(DiagnosticCodes.BadSlug, line, column, $"option key '{key}' must be lowercase letters, digits and single hyphens, like medicine-change");
            key = null;
        }

        var answers = ReadAnswers(entry, questions, bag);
        var figures = new List<EvidenceFigure>();
        foreach (var node in Items(entry, "figures", bag, MaxFiguresPerOption))
        {
            if (YamlMappingReader.For(node, bag, 0, "a figure") is { } figure && key is not null && FigureReader.Read(figure, key, keys, references, bag) is { } read)
            {
                figures.Add(read);
            }
        }

        if (key is not null && entry.Node("figures") is null && noFigure is null)
        {
            bag.Add(DiagnosticCodes.BadEvidence, entry.Line, entry.Column,
                $"option '{key}' has no figures: add one from a study that measured this option itself, or say in 'no_figure: …' why no study did");
        }

        return key is null || name is null || chosen is null || limits is null || answers is null
            ? null
            : new TreatmentOption(key, name, answers, figures, noFigure, chosen, limits);
    }

    private static Dictionary<string, string>? ReadAnswers(YamlMappingReader entry, List<OptionQuestion> questions, DiagnosticBag bag)
    {
        if (YamlMappingReader.For(entry.Node("answers"), bag, 0, "'answers'") is not { } answers)
        {
            return null;
        }

        answers.RejectUnknownKeys(questions.Select(q => q.Key).ToList(), "answer");
        var read = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            if (answers.String(question.Key, required: true, maxLength: 1200) is { } text)
            {
                read[question.Key] = text;
            }
        }

        return read.Count == questions.Count ? read : null;
    }

    /// <summary>The items of a list under <paramref name="key"/>, at most <paramref name="max"/> (more is an error).</summary>
    internal static IReadOnlyList<YamlNode> Items(YamlMappingReader entry, string key, DiagnosticBag bag, int max)
    {
        switch (entry.Node(key))
        {
            case null:
                return [];
            case YamlSequenceNode list when list.Children.Count <= max:
                return [.. list.Children];
            case YamlSequenceNode list:
                bag.Add(DiagnosticCodes.ValueOutOfRange, (int)list.Start.Line, (int)list.Start.Column, $"'{key}' has {list.Children.Count} items; the limit is {max}");
                return [.. list.Children.Take(max)];
            case var other:
                bag.Add(DiagnosticCodes.WrongType, (int)other.Start.Line, (int)other.Start.Column, $"'{key}' must be a list of '- …' items");
                return [];
        }
    }
}
