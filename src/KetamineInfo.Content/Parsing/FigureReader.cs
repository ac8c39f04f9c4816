using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Yaml;

namespace KetamineInfo.Content.Parsing;

/// <summary>
/// One figure of <c>decision/options.yml</c>. What makes a figure honest is checked here, each at its own line:
/// it comes from the arm of the option it sits under; it names its comparator, outcome, time point, study
/// design, people and funding; it gives both arms' chances or its finding in words; a certainty rating names
/// who rated it.
/// </summary>
internal static class FigureReader
{
    private static readonly string[] Fields =
    [
        "source", "design", "people", "arm", "arm_words", "arm_chance", "comparator", "comparator_chance", "finding",
        "outcome", "outcome_words", "measured", "time", "funding", "certainty", "certainty_rater",
    ];

    // Without these a reader cannot tell what a number means; each gets its own plain message.
    private static readonly (string Key, string Why)[] Essential =
    [
        ("comparator", "what the other group in the study had (a figure without its comparator cannot be weighed)"),
        ("outcome_words", "what was counted, in plain words (for example 'felt much better')"),
        ("time", "when it was measured (for example 'after 4 weeks')"),
    ];

    public static EvidenceFigure? Read(YamlMappingReader figure, string option, IReadOnlySet<string> options,
        IReadOnlyDictionary<string, Reference> references, DiagnosticBag bag)
    {
        figure.RejectUnknownKeys(Fields, "figure");
        var ok = true;
        foreach (var (key, why) in Essential)
        {
            if (figure.Node(key) is null)
            {
                bag.Add(DiagnosticCodes.BadEvidence, figure.Line, figure.Column, $"this figure has no '{key}': give {why}");
                ok = false;
            }
        }

        var source = figure.String("source", required: true, maxLength: 80);
        if (source is not null && !references.ContainsKey(source))
        {
            var (line, column) = figure.PositionOf("source");
            var hint = Suggest.Closest(source, references.Keys, bag);
            bag.Add(DiagnosticCodes.UnknownReference, line, column, $"unknown reference '{source}'" + (hint is null ? " (add it to references.yml)" : $" (did you mean '{hint}'?)"));
            ok = false;
        }

        ok &= ArmIsTheOption(figure, option, options, bag);
        var armChance = figure.Int("arm_chance", min: 0, max: 100);
        var comparatorChance = figure.Int("comparator_chance", min: 0, max: 100);
        var finding = figure.String("finding", maxLength: 800);
        ok &= NumbersOrFinding(figure, armChance, comparatorChance, finding, bag);
        var certainty = figure.String("certainty", maxLength: 200);
        var rater = figure.String("certainty_rater", maxLength: 200);
        if ((certainty is null) != (rater is null))
        {
            bag.Add(DiagnosticCodes.BadEvidence, figure.Line, figure.Column, "give a certainty rating together with who published it ('certainty' and 'certainty_rater'), or neither: we never rate evidence ourselves");
            ok = false;
        }

        var read = new EvidenceFigure(
            source ?? string.Empty,
            figure.String("design", required: true, maxLength: 300) ?? string.Empty,
            figure.String("people", required: true, maxLength: 400) ?? string.Empty,
            figure.String("arm_words", required: true, maxLength: 200) ?? string.Empty,
            armChance,
            figure.String("comparator", maxLength: 200) ?? string.Empty,
            comparatorChance,
            finding,
            figure.Choice<OutcomeKind>("outcome", required: true) ?? default,
            figure.String("outcome_words", maxLength: 200) ?? string.Empty,
            figure.String("measured", required: true, maxLength: 300) ?? string.Empty,
            figure.String("time", maxLength: 80) ?? string.Empty,
            figure.String("funding", required: true, maxLength: 300) ?? string.Empty,
            certainty,
            rater);
        return ok ? read : null;
    }

    private static bool ArmIsTheOption(YamlMappingReader figure, string option, IReadOnlySet<string> options, DiagnosticBag bag)
    {
        if (figure.String("arm", required: true, maxLength: 80) is not { } arm)
        {
            return false;
        }

        if (arm == option)
        {
            return true;
        }

        var (line, column) = figure.PositionOf("arm");
        bag.Add(DiagnosticCodes.BadEvidence, line, column, options.Contains(arm)
            ? $"this figure for '{option}' is taken from the arm of '{arm}': a figure may describe only the option whose arm it measured. Move it under '{arm}', or find a study that measured '{option}' itself"
            : $"this figure's arm is '{arm}', but it sits under option '{option}': a figure may describe only the option whose arm it measured (arm: {option})");
        return false;
    }

    private static bool NumbersOrFinding(YamlMappingReader figure, int? arm, int? comparator, string? finding, DiagnosticBag bag)
    {
        var hasArm = figure.Node("arm_chance") is not null;
        var hasComparator = figure.Node("comparator_chance") is not null;
        if (hasArm != hasComparator)
        {
            bag.Add(DiagnosticCodes.BadEvidence, figure.Line, figure.Column, hasArm
                ? "this figure gives 'arm_chance' but not 'comparator_chance': show both arms, or give the finding in words instead"
                : "this figure gives 'comparator_chance' but not 'arm_chance': show both arms, or give the finding in words instead");
            return false;
        }

        if (!hasArm && finding is null)
        {
            bag.Add(DiagnosticCodes.BadEvidence, figure.Line, figure.Column, "give both arms' chances out of 100 ('arm_chance' and 'comparator_chance'), or the source's finding in words ('finding: …')");
            return false;
        }

        return !hasArm || (arm is not null && comparator is not null);
    }
}
