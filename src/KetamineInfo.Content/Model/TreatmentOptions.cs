namespace KetamineInfo.Content.Model;

/// <summary>
/// The options grid's data, from <c>decision/options.yml</c>: every option's answers to the same questions,
/// and the evidence behind each figure. The grid (<c>~~~options-grid</c>) and "How we made this comparison"
/// (<c>~~~options-evidence</c>) are both rendered from it, so they cannot disagree.
/// </summary>
public sealed record TreatmentOptions(
    DateOnly EvidenceSearched,
    DateOnly NextUpdate,
    string EvidencePage,
    string NotComparable,
    IReadOnlyList<OptionQuestion> Questions,
    IReadOnlyList<TreatmentOption> Options)
{
    /// <summary>The question under which an option's figures are shown.</summary>
    public const string BenefitQuestion = "benefit";

    /// <summary>True when the figures measure more than one kind of outcome, so no two may be set side by side.</summary>
    public bool MixesOutcomes => Options.SelectMany(o => o.Figures).Select(f => f.Outcome).Distinct().Count() > 1;
}

/// <summary>One row of the grid: a key options answer under, and the words a reader sees.</summary>
public sealed record OptionQuestion(string Key, string Label);

/// <summary>
/// One option: its answers (Markdown, by question key), its figures, and in plain words why its sources were
/// chosen and what they cannot tell. An option with no figure says why in <see cref="NoFigure"/>.
/// </summary>
public sealed record TreatmentOption(
    string Key,
    string Name,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyList<EvidenceFigure> Figures,
    string? NoFigure,
    string ChosenBecause,
    string Limits);

/// <summary>
/// A finding from one source about one option's own arm, always against a named comparator, outcome and time:
/// either two chances out of 100 (drawn as icon arrays) or, where the source gives no such numbers, its
/// finding in words.
/// </summary>
public sealed record EvidenceFigure(
    string Source,
    string Design,
    string People,
    string ArmWords,
    int? ArmChance,
    string Comparator,
    int? ComparatorChance,
    string? Finding,
    OutcomeKind Outcome,
    string OutcomeWords,
    string Measured,
    string Time,
    string Funding,
    string? Certainty,
    string? CertaintyRater)
{
    public bool HasChances => ArmChance is not null && ComparatorChance is not null;
}

/// <summary>What a figure counts. Figures of different kinds are never comparable.</summary>
public enum OutcomeKind
{
    /// <summary>Depression score fell by at least half.</summary>
    Response,

    /// <summary>Few or no symptoms left.</summary>
    Remission,

    /// <summary>Depression came back after it had eased.</summary>
    Relapse,

    /// <summary>A difference in average depression scores.</summary>
    Score,
}
