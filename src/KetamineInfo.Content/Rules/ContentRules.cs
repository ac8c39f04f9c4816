using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Files;
using KetamineInfo.Content.Markdown;
using KetamineInfo.Content.Parsing;
using KetamineInfo.Content.Rendering;
using KetamineInfo.Content.Yaml;

namespace KetamineInfo.Content.Rules;

/// <summary>
/// The one list of editorial rules, run at every load (so in <c>check</c>, on <c>/_content</c> and in the tests
/// alike). Each rule is a small type that names its codes. Problems that are part of reading a file — it cannot
/// be read, its YAML does not parse, a key is unknown or a value has the wrong type, it ran over its time
/// budget — and problems found while rendering needs them (a citation or link resolved, an unsafe link
/// removed) are reported where that happens; <see cref="ReportedWhileReading"/> names the type for each.
/// </summary>
internal static class ContentRules
{
    /// <summary>Run on every article and page that rendered, in this order.</summary>
    public static IReadOnlyList<IFileRule> PerFile { get; } =
    [
        new UnknownCalloutRule(),
        new HandWrittenEmergencyRule(),
        new BannedWordRule(),
        new ReadingGradeRule(),
        new SpanishReadabilityRule(),
        new ReviewDueRule(),
        new ReviewedByRule(),
        new InShortRule(),
        new ReviewAfterChangeRule(),
        new DatedFactRule(),
        new CertaintyWordingRule(),
    ];

    /// <summary>Run once per load, after every file.</summary>
    public static UncitedReferenceRule Uncited { get; } = new();

    /// <summary>Made once per load from reviewers.yml and reviews.yml: whose sign-off holds for which article.</summary>
    public static IContentRule ClinicalReviews { get; } = new ClinicalReviews([], [], new DiagnosticBag(SignOffsReader.FileName));

    /// <summary>Run once per load, after every file: every address in published.txt still answers.</summary>
    public static PublishedAddressRule Published { get; } = new();

    /// <summary>Made once per load, after every English file is read: what each translation translates, and whether it is behind.</summary>
    public static IContentRule Translations { get; } = new TranslationRule(new HashSet<string>(), new HashSet<string>());

    /// <summary>Run once per load: a language with pages has words for every key of the page chrome.</summary>
    public static IContentRule UntranslatedStrings { get; } = new UntranslatedStringsRule();

    public static IReadOnlyList<IContentRule> All { get; } = [.. PerFile, ClinicalReviews, Translations, UntranslatedStrings, Uncited, Published];

    public static void Check(RuleInput file)
    {
        foreach (var rule in PerFile)
        {
            rule.Check(file);
        }
    }

    /// <summary>Codes reported while a file is read, parsed or rendered, and the type that reports each.</summary>
    public static IReadOnlyList<(string Owner, IReadOnlyList<DiagnosticCode> Codes)> ReportedWhileReading { get; } =
    [
        (nameof(ContentFiles), [DiagnosticCodes.FileUnreadable, DiagnosticCodes.TooManyFiles]),
        // The loader runs the rules, so it is named here, not referenced: the dependency stays one way.
        ("ContentLoader", [DiagnosticCodes.InternalError, DiagnosticCodes.OverTimeBudget, DiagnosticCodes.StaleVersionServed, DiagnosticCodes.RenderedTooLarge]),
        // Timed by the check command around the whole load (the site's own loads are timed by ContentStore's reload watch).
        ("CheckCommand", [DiagnosticCodes.LoadTooSlow]),
        (nameof(SafeYaml), [DiagnosticCodes.YamlSyntax, DiagnosticCodes.YamlAlias]),
        (nameof(YamlMappingReader), [DiagnosticCodes.UnknownKey, DiagnosticCodes.MissingKey, DiagnosticCodes.WrongType, DiagnosticCodes.ValueOutOfRange]),
        (nameof(DocumentParser), [DiagnosticCodes.BadSlug, DiagnosticCodes.MissingFrontMatter]),
        (nameof(ArticleMetadataReader), [DiagnosticCodes.BadSlug, DiagnosticCodes.ValueOutOfRange]),
        (nameof(TranslationMetadataReader), [DiagnosticCodes.BadSlug, DiagnosticCodes.BadTranslatedFrom]),
        (nameof(ReferencesReader), [DiagnosticCodes.BadSlug, DiagnosticCodes.BadReference]),
        (nameof(ReviewersReader), [DiagnosticCodes.BadSlug, DiagnosticCodes.UnsafeLink]),
        (nameof(SignOffsReader), [DiagnosticCodes.BadSignOff]),
        (nameof(ChanceBlock), [DiagnosticCodes.BadChance]),
        (nameof(TreatmentOptionsReader), [DiagnosticCodes.BadEvidence, DiagnosticCodes.BadSlug, DiagnosticCodes.DuplicateSlug, DiagnosticCodes.ValueOutOfRange]),
        (nameof(FigureReader), [DiagnosticCodes.BadEvidence, DiagnosticCodes.UnknownReference]),
        (nameof(ValuesExerciseReader), [DiagnosticCodes.BadSlug, DiagnosticCodes.ValueOutOfRange]),
        (nameof(DecisionBlocks), [DiagnosticCodes.BadEvidence]),
        (nameof(IncludeBlocks), [DiagnosticCodes.UnknownInclude]),
        (nameof(GlossaryReader), [DiagnosticCodes.DuplicateSlug]),
        (nameof(SearchVocabularyReader), [DiagnosticCodes.BadSearchVocabulary]),
        (nameof(SiteSettingsReader), [DiagnosticCodes.MissingKey, DiagnosticCodes.UnsafeLink, DiagnosticCodes.CrisisLineMismatch]),
        (nameof(SiteLinkTargets), [DiagnosticCodes.DuplicateSlug]),
        (nameof(CitationNumbering), [DiagnosticCodes.UnknownReference, DiagnosticCodes.BadCitation]),
        (nameof(LinkTargets), [DiagnosticCodes.BrokenArticleLink, DiagnosticCodes.BrokenHeadingLink]),
        (nameof(LinkRewriter), [DiagnosticCodes.BrokenHeadingLink, DiagnosticCodes.BadImage, DiagnosticCodes.UnsafeLink]),
    ];

    /// <summary>The types that report <paramref name="code"/>: its rules first, then readers.</summary>
    public static IReadOnlyList<string> OwnersOf(DiagnosticCode code) =>
    [
        .. All.Where(r => r.Codes.Contains(code)).Select(r => r.GetType().Name),
        .. ReportedWhileReading.Where(o => o.Codes.Contains(code)).Select(o => o.Owner),
    ];
}
