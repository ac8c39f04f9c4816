namespace KetamineInfo.Content.Diagnostics;

/// <summary>A stable diagnostic code with a one-line description (documented in README's editor guide).</summary>
public sealed record DiagnosticCode(string Id, DiagnosticSeverity Severity, string Description);

/// <summary>Every code content validation can report. Codes never change meaning once published.</summary>
public static class DiagnosticCodes
{
    public static readonly DiagnosticCode FileUnreadable = new("KI0001", DiagnosticSeverity.Error, "the file cannot be read, is too large, or is not UTF-8 text");
    public static readonly DiagnosticCode TooManyFiles = new("KI0002", DiagnosticSeverity.Error, "the content folder holds more files than the limit");
    public static readonly DiagnosticCode InternalError = new("KI0003", DiagnosticSeverity.Error, "the file could not be processed because of a fault in the site itself (please report it)");
    public static readonly DiagnosticCode OverTimeBudget = new("KI0004", DiagnosticSeverity.Error, "the file took longer than the time limit to parse or render (its last good version is served)");
    public static readonly DiagnosticCode YamlSyntax = new("KI0101", DiagnosticSeverity.Error, "YAML syntax error");
    public static readonly DiagnosticCode UnknownKey = new("KI0102", DiagnosticSeverity.Error, "unknown key (typo?)");
    public static readonly DiagnosticCode UnknownReference = new("KI0103", DiagnosticSeverity.Error, "citation of a key that is not in references.yml");
    public static readonly DiagnosticCode MissingKey = new("KI0104", DiagnosticSeverity.Error, "a required key is missing or empty");
    public static readonly DiagnosticCode WrongType = new("KI0105", DiagnosticSeverity.Error, "a value has the wrong type (e.g. not a date or number)");
    public static readonly DiagnosticCode BadSlug = new("KI0106", DiagnosticSeverity.Error, "a file name or alias is not a valid slug");
    public static readonly DiagnosticCode DuplicateSlug = new("KI0107", DiagnosticSeverity.Error, "two articles or aliases share a slug");
    public static readonly DiagnosticCode BrokenArticleLink = new("KI0108", DiagnosticSeverity.Error, "link to an article that does not exist");
    public static readonly DiagnosticCode BrokenHeadingLink = new("KI0109", DiagnosticSeverity.Error, "link to a section heading that does not exist");
    public static readonly DiagnosticCode BadImage = new("KI0110", DiagnosticSeverity.Error, "image that does not exist or has no alt text");
    public static readonly DiagnosticCode ReadingGradeTooHigh = new("KI0111", DiagnosticSeverity.Error, "reading grade above the limit in site.yml");
    public static readonly DiagnosticCode BannedWord = new("KI0112", DiagnosticSeverity.Error, "a word the site never uses (list in site.yml)");
    // A warning, not an error: an overdue review must never take a page off the site (readers see a notice).
    public static readonly DiagnosticCode ReviewOverdue = new("KI0113", DiagnosticSeverity.Warning, "next_review is in the past");
    public static readonly DiagnosticCode UnsafeLink = new("KI0114", DiagnosticSeverity.Error, "javascript:, vbscript: or data: link or image target");
    public static readonly DiagnosticCode YamlAlias = new("KI0115", DiagnosticSeverity.Error, "YAML anchors, aliases or deep nesting are not allowed");
    public static readonly DiagnosticCode ValueOutOfRange = new("KI0116", DiagnosticSeverity.Error, "a value is too long or out of range");
    public static readonly DiagnosticCode MissingFrontMatter = new("KI0117", DiagnosticSeverity.Error, "the file does not start with a --- front matter block");
    public static readonly DiagnosticCode BadCitation = new("KI0118", DiagnosticSeverity.Error, "a citation is malformed");
    public static readonly DiagnosticCode BadReference = new("KI0119", DiagnosticSeverity.Error, "a reference has no DOI, PMID or URL, or a malformed one");
    public static readonly DiagnosticCode UnknownCallout = new("KI0120", DiagnosticSeverity.Error, "a ::: block whose type is not non-urgent, urgent or emergency");
    public static readonly DiagnosticCode ReviewOlderThanChange = new("KI0121", DiagnosticSeverity.Error, "last_reviewed is older than the latest clinical change in 'changes'");
    public static readonly DiagnosticCode CrisisLineMismatch = new("KI0122", DiagnosticSeverity.Error, "a quick crisis number in site.yml is not one of its full crisis lines");
    public static readonly DiagnosticCode UncitedReference = new("KI0201", DiagnosticSeverity.Warning, "a reference no article cites");
    public static readonly DiagnosticCode ReviewDueSoon = new("KI0202", DiagnosticSeverity.Warning, "next_review is within 30 days");
    public static readonly DiagnosticCode NotReviewed = new("KI0203", DiagnosticSeverity.Warning, "no reviewed_by: the page says it awaits clinical review");
    public static readonly DiagnosticCode InShortMissing = new("KI0205", DiagnosticSeverity.Warning, "an article does not open with one '::: in-short' list of 3 to 5 key facts, or it repeats the summary");
    public static readonly DiagnosticCode StaleVersionServed = new("KI0204", DiagnosticSeverity.Warning, "the last good version of this file is still being served");

    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        FileUnreadable, TooManyFiles, InternalError, OverTimeBudget, YamlSyntax, UnknownKey, UnknownReference, MissingKey, WrongType, BadSlug,
        DuplicateSlug, BrokenArticleLink, BrokenHeadingLink, BadImage, ReadingGradeTooHigh, BannedWord,
        ReviewOverdue, UnsafeLink, YamlAlias, ValueOutOfRange, MissingFrontMatter, BadCitation, BadReference, UnknownCallout, ReviewOlderThanChange, CrisisLineMismatch,
        UncitedReference, ReviewDueSoon, NotReviewed, StaleVersionServed, InShortMissing,
    ];
}
