namespace KetamineInfo.Content.Diagnostics;

/// <summary>
/// A stable diagnostic code: what it means to an editor and an example of the line <c>check</c> prints. README's
/// table of codes is made from these (a test fails when it differs), so the words live here, once.
/// </summary>
public sealed record DiagnosticCode(string Id, DiagnosticSeverity Severity, string Meaning, string Example);

/// <summary>Every code content validation can report. Codes never change meaning once published.</summary>
public static class DiagnosticCodes
{
    public static readonly DiagnosticCode FileUnreadable = new("KI0001", DiagnosticSeverity.Error,
        "file missing, not a regular file (FIFO, device, folder, broken link), larger than 1 MB, or not UTF-8",
        "articles/pipe.md:1:1: error KI0001: it is a named pipe (FIFO), not a regular file, so it was not opened");

    public static readonly DiagnosticCode TooManyFiles = new("KI0002", DiagnosticSeverity.Error,
        "more files than the limit (2,000 per folder)",
        "articles:1:1: error KI0002: 2500 files; only the first 2000 are read");

    public static readonly DiagnosticCode InternalError = new("KI0003", DiagnosticSeverity.Error,
        "the file could not be processed: Markdown nested too deeply, or a fault in the site's own code (the file keeps its last good version)",
        "articles/a.md:1:1: error KI0003: the Markdown is nested too deeply (boxes, lists, quotes or tables inside each other, many levels down): flatten it; ...");

    public static readonly DiagnosticCode OverTimeBudget = new("KI0004", DiagnosticSeverity.Error,
        "the file took longer than the time limit (2 s) to parse or render; it was stopped and its last good version is served",
        "articles/a.md:1:1: error KI0004: parsing took longer than 2 s, the limit for one file, so it was stopped: look for very long runs of brackets, links or markup");

    public static readonly DiagnosticCode YamlSyntax = new("KI0101", DiagnosticSeverity.Error,
        "YAML syntax",
        "articles/a.md:2:8: error KI0101: the quote (\") opened at 2:8 is never closed: add \" at the end of the value, or remove the opening one");

    public static readonly DiagnosticCode UnknownKey = new("KI0102", DiagnosticSeverity.Error,
        "unknown key",
        "articles/a.md:8:1: error KI0102: unknown front matter key 'reveiwed_by' (did you mean 'reviewed_by'?)");

    public static readonly DiagnosticCode UnknownReference = new("KI0103", DiagnosticSeverity.Error,
        "citation of an unknown reference",
        "articles/a.md:42:17: error KI0103: unknown reference 'SMITH2020' (did you mean 'SMITH2021'?)");

    public static readonly DiagnosticCode MissingKey = new("KI0104", DiagnosticSeverity.Error,
        "required key missing or empty",
        "articles/a.md:2:1: error KI0104: 'title' is required and must not be empty");

    public static readonly DiagnosticCode WrongType = new("KI0105", DiagnosticSeverity.Error,
        "wrong value type",
        "articles/a.md:5:16: error KI0105: 'last_reviewed' must be a date written like 2026-11-25, not 'last tuesday'");

    public static readonly DiagnosticCode BadSlug = new("KI0106", DiagnosticSeverity.Error,
        "bad slug (file name, alias or reference key)",
        "articles/Bad_Name.md:1:1: error KI0106: file name 'Bad_Name' is not a valid slug ...");

    public static readonly DiagnosticCode DuplicateSlug = new("KI0107", DiagnosticSeverity.Error,
        "duplicate slug or alias",
        "articles/b.md:1:1: error KI0107: alias 'first' is already the slug or alias of another article");

    public static readonly DiagnosticCode BrokenArticleLink = new("KI0108", DiagnosticSeverity.Error,
        "link to an article that does not exist",
        "articles/a.md:9:5: error KI0108: no article 'targte.md' (did you mean 'target.md'?)");

    public static readonly DiagnosticCode BrokenHeadingLink = new("KI0109", DiagnosticSeverity.Error,
        "link to a section that does not exist",
        "articles/a.md:9:5: error KI0109: 'target.md' has no section '#blood-presure' (did you mean '#blood-pressure'?)");

    public static readonly DiagnosticCode BadImage = new("KI0110", DiagnosticSeverity.Error,
        "image without alt text, not on this site, or missing from `wwwroot`",
        "articles/a.md:9:1: error KI0110: no image '/images/chart.png' in wwwroot");

    public static readonly DiagnosticCode ReadingGradeTooHigh = new("KI0111", DiagnosticSeverity.Error,
        "reading grade over the limit",
        "articles/a.md:9:1: error KI0111: reading grade 9.4 is above the limit of 8 ...");

    public static readonly DiagnosticCode BannedWord = new("KI0112", DiagnosticSeverity.Error,
        "banned word",
        "articles/a.md:11:13: error KI0112: 'cure' is on the banned list in site.yml ...");

    // A warning, not an error: an overdue review must never take a page off the site (readers see a notice).
    public static readonly DiagnosticCode ReviewOverdue = new("KI0113", DiagnosticSeverity.Warning,
        "`next_review` has passed (the page stays up and tells readers it is due for review)",
        "articles/a.md:6:1: warning KI0113: next_review 2026-10-01 has passed ...");

    public static readonly DiagnosticCode UnsafeLink = new("KI0114", DiagnosticSeverity.Error,
        "`javascript:`, `vbscript:` or `data:` target",
        "articles/a.md:9:1: error KI0114: 'javascript:alert(1)' is not an allowed link target");

    public static readonly DiagnosticCode YamlAlias = new("KI0115", DiagnosticSeverity.Error,
        "YAML anchors/aliases or deep nesting",
        "references.yml:1:4: error KI0115: YAML anchors (&name) are not allowed");

    public static readonly DiagnosticCode ValueOutOfRange = new("KI0116", DiagnosticSeverity.Error,
        "value too long or out of range",
        "articles/a.md:3:10: error KI0116: 'summary' is 161 characters long; the limit is 160");

    public static readonly DiagnosticCode MissingFrontMatter = new("KI0117", DiagnosticSeverity.Error,
        "no front matter",
        "articles/a.md:1:1: error KI0117: the file must start with a front matter block between two '---' lines");

    public static readonly DiagnosticCode BadCitation = new("KI0118", DiagnosticSeverity.Error,
        "malformed citation",
        "articles/a.md:9:9: error KI0118: malformed citation '[@SMITH2021 and more]' ...");

    public static readonly DiagnosticCode BadReference = new("KI0119", DiagnosticSeverity.Error,
        "reference without DOI/PMID/URL, or a malformed one",
        "references.yml:40:3: error KI0119: reference 'X' needs a doi, pmid or url");

    public static readonly DiagnosticCode UnknownCallout = new("KI0120", DiagnosticSeverity.Error,
        "unknown `:::` box type",
        "articles/a.md:9:1: error KI0120: unknown box type '::: urgnet' ...");

    public static readonly DiagnosticCode ReviewOlderThanChange = new("KI0121", DiagnosticSeverity.Error,
        "`last_reviewed` older than the latest clinical change in `changes` (points at that change)",
        "articles/a.md:11:5: error KI0121: this clinical change of 2026-03-02 is newer than last_reviewed 2026-01-10: have the page reviewed and set last_reviewed ...");

    public static readonly DiagnosticCode CrisisLineMismatch = new("KI0122", DiagnosticSeverity.Error,
        "a `quick` crisis number in `site.yml` that is not among its full `lines`",
        "site.yml:20:9: error KI0122: quick crisis link 'tel:998' is not one of the crisis lines ...");

    // Attached to the sign-off in reviews.yml, not to the article: the page stays up and tells readers it
    // changed since it was reviewed, while check fails until the change is recorded.
    public static readonly DiagnosticCode ChangedAfterSignOff = new("KI0123", DiagnosticSeverity.Error,
        "an article's clinical content changed after its sign-off, and no `changes:` entry dated on or after the sign-off records it",
        "reviews.yml:5:3: error KI0123: articles/a.md changed after it was signed off on 2026-12-01, and no changes: entry records it ...");

    public static readonly DiagnosticCode BadSignOff = new("KI0124", DiagnosticSeverity.Error,
        "a sign-off in `reviews.yml` names an article or reviewer that does not exist, or its fingerprint was edited by hand",
        "reviews.yml:1:3: error KI0124: no reviewer 'dr-smtih' in reviewers.yml (did you mean 'dr-smith'?)");

    public static readonly DiagnosticCode BadChance = new("KI0125", DiagnosticSeverity.Error,
        "a `~~~chance` block is missing a key, has a number outside 0–100, or has neither a comparator nor `no_comparator`",
        "articles/a.md:40:1: error KI0125: 'comparator_chance' must be a whole number from 0 to 100 (people out of 100), not '45%'");

    public static readonly DiagnosticCode BadEvidence = new("KI0126", DiagnosticSeverity.Error,
        "a figure or finding in decision/options.yml that a reader could be misled by: taken from another option's arm, or without its comparator, outcome or time point",
        "decision/options.yml:40:9: error KI0126: this figure for 'staying' is taken from the arm of 'medicine-change': ...");

    public static readonly DiagnosticCode UnknownInclude = new("KI0127", DiagnosticSeverity.Error,
        "`~~~include NAME` names no file in `shared/`",
        "articles/a.md:40:1: error KI0127: there is no shared/emergency-after-dos.md to include (did you mean 'emergency-after-dose'?) ...");

    public static readonly DiagnosticCode HandWrittenEmergency = new("KI0128", DiagnosticSeverity.Error,
        "a page writes its own emergency signs or `::: emergency` box instead of placing the shared one",
        "articles/a.md:88:1: error KI0128: this page writes its own emergency signs: put '~~~include emergency-after-dose' here instead ...");

    // Reported at the changed line; like KI0123 it never takes the page down: readers are told it changed since review.
    public static readonly DiagnosticCode EditorialChangedClinicalWords = new("KI0129", DiagnosticSeverity.Error,
        "a change recorded as `editorial` after a sign-off changed clinical words (a number, a cited sentence, a safety box, a chance block, shared safety words, a definition or a source)",
        "articles/a.md:42:1: error KI0129: the changes since the sign-off of 2026-12-05 are recorded as editorial, but it changes clinical words: before \"You stay at least 2 hours [@FDA-REMS].\", after \"You stay at least 20 minutes [@FDA-REMS].\": record it as kind: clinical and have the page re-reviewed");

    public static readonly DiagnosticCode UncitedReference = new("KI0201", DiagnosticSeverity.Warning,
        "a reference no page cites",
        "references.yml:1:1: warning KI0201: reference 'X' is not cited by any article");

    public static readonly DiagnosticCode ReviewDueSoon = new("KI0202", DiagnosticSeverity.Warning,
        "`next_review` within 30 days",
        "articles/a.md:6:1: warning KI0202: next_review 2026-12-01 is within 30 days");

    public static readonly DiagnosticCode NotReviewed = new("KI0203", DiagnosticSeverity.Warning,
        "no valid clinical sign-off: the page says it is not yet reviewed, or changed since its review",
        "articles/a.md:1:1: warning KI0203: no clinician has signed this article off: the page tells readers it is not yet reviewed by a clinician");

    public static readonly DiagnosticCode DatedFactDueSoon = new("KI0206", DiagnosticSeverity.Warning,
        "a `{recheck YYYY-MM-DD}` fact falls due within 60 days",
        "articles/a.md:30:88: warning KI0206: this fact is due to be checked again on 2026-12-31 (in 34 days)");

    public static readonly DiagnosticCode DatedFactPassed = new("KI0207", DiagnosticSeverity.Warning,
        "a `{recheck YYYY-MM-DD}` date has passed (the page stays up; check the fact and set a new date)",
        "articles/a.md:30:88: warning KI0207: this fact was due to be checked again on 2026-12-31: check it, update the text and set a new date");

    public static readonly DiagnosticCode InShortMissing = new("KI0205", DiagnosticSeverity.Warning,
        "an article without one `::: in-short` list of 3–5 key facts first, or one that repeats the summary",
        "articles/a.md:9:1: warning KI0205: start the article with a '::: in-short' box: a list of 3 to 5 key facts");

    public static readonly DiagnosticCode StaleVersionServed = new("KI0204", DiagnosticSeverity.Warning,
        "the last good version is still served",
        "articles/a.md:1:1: warning KI0204: the file has errors, so readers still see its last good version");

    public static readonly DiagnosticCode CertaintyWording = new("KI0208", DiagnosticSeverity.Warning,
        "a claim with a `{certainty …}` rating is worded more strongly than the rating allows",
        "articles/a.md:30:120: warning KI0208: this claim is rated low certainty, so say so in its wording: use 'may' or 'might'");

    public static readonly DiagnosticCode RenderedTooLarge = new("KI0130", DiagnosticSeverity.Error,
        "the page renders to more HTML than a page may be (1 MB); its last good version is served",
        "articles/a.md:1:1: error KI0130: the page renders to 11.6 MB of HTML, over the 1.0 MB a page may be: split it into several pages or shorten its tables and lists");

    public static readonly DiagnosticCode LoadTooSlow = new("KI0131", DiagnosticSeverity.Error,
        "loading all the content took longer than its budget (10 s, `check` only): start-up and every reload would too",
        "articles/a.md:1:1: error KI0131: loading all the content took 22.4 s, over the 10 s budget; the slowest files: articles/a.md 3.1 s, articles/b.md 2.9 s");

    public static readonly DiagnosticCode PublishedAddressGone = new("KI0209", DiagnosticSeverity.Warning,
        "an address in `published.txt` no longer answers: a page was renamed without an alias, or removed",
        "published.txt:3:1: warning KI0209: /articles/old-name was published, but no article, page or alias answers it now: add 'aliases: [old-name]' to the article that replaced it, or delete this line if the page was withdrawn on purpose");

    public static readonly DiagnosticCode BadSearchVocabulary = new("KI0132", DiagnosticSeverity.Error,
        "a bad entry in `search/vocabulary.yml` (the live site keeps searching with its last good vocabulary)",
        "search/vocabulary.yml:14:5: error KI0132: 'pregnant' is already in the synonyms group at line 9: a word can be in one group only, so merge the groups or take it out of one");

    public static readonly DiagnosticCode TranslationOfNothing = new("KI0133", DiagnosticSeverity.Error,
        "a translation's `translation_of` names no English article or page (of the same kind)",
        "es/articles/que-es.md:6:1: error KI0133: translation_of 'what-is-ketamin' names no English article (did you mean 'what-is-ketamine'?)");

    public static readonly DiagnosticCode BadTranslatedFrom = new("KI0134", DiagnosticSeverity.Error,
        "a translation's `translated_from` is missing or is not the 12 hex digits that start the English page's fingerprint",
        "es/articles/que-es.md:7:1: error KI0134: 'translated_from' must be 12 lower-case hex digits (the start of the English page's fingerprint, as /_content lists it), not 'latest'");

    public static readonly DiagnosticCode DuplicateTranslation = new("KI0135", DiagnosticSeverity.Error,
        "two translations in one language of the same English article or page",
        "es/articles/otra.md:6:1: error KI0135: es/articles/que-es.md already translates 'what-is-ketamine': one translation per page and language");

    public static readonly DiagnosticCode TranslationBehind = new("KI0210", DiagnosticSeverity.Warning,
        "the English page changed since this translation was made (its readers are told, and linked to the English)",
        "es/articles/que-es.md:7:1: warning KI0210: the English 'what-is-ketamine' (last changed 2026-12-01) has changed since this translation was made from 0123456789ab: update the translation, then set translated_from: 89abcdef0123");

    public static readonly DiagnosticCode UntranslatedStrings = new("KI0211", DiagnosticSeverity.Warning,
        "a language has pages, but its `strings/LANG.yml` lacks words for some keys: its pages show those in English",
        "strings/es.yml:1:1: warning KI0211: 12 keys have no Spanish words yet, so Spanish pages show them in English: crisis.more_lines, page.reviewed_by, page.not_reviewed, …");

    public static readonly DiagnosticCode SpanishReadingTooHard = new("KI0212", DiagnosticSeverity.Warning,
        "a Spanish translation's prose reads below 65 on the INFLESZ scale (under \"bastante fácil\")",
        "es/articles/que-es.md:9:1: warning KI0212: lectura INFLESZ 52.3 (algo difícil) is below 65, the bottom of 'bastante fácil' (180 words, 7 sentences): use shorter sentences and shorter, common words");

    public static readonly DiagnosticCode UntranslatedCrisisHelp = new("KI0136", DiagnosticSeverity.Error,
        "a language has pages, but no `LANG/site.yml` with crisis help, tagline and description in that language: its pages show the English crisis help",
        "es/site.yml:1:1: error KI0136: there are Spanish pages, but no es/site.yml gives crisis help in Spanish (…): until it does, Spanish pages show the English crisis help");

    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        FileUnreadable, TooManyFiles, InternalError, OverTimeBudget, YamlSyntax, UnknownKey, UnknownReference, MissingKey, WrongType, BadSlug,
        DuplicateSlug, BrokenArticleLink, BrokenHeadingLink, BadImage, ReadingGradeTooHigh, BannedWord,
        ReviewOverdue, UnsafeLink, YamlAlias, ValueOutOfRange, MissingFrontMatter, BadCitation, BadReference, UnknownCallout, ReviewOlderThanChange, CrisisLineMismatch,
        ChangedAfterSignOff, BadSignOff, BadChance, BadEvidence, UnknownInclude, HandWrittenEmergency, EditorialChangedClinicalWords, UncitedReference, ReviewDueSoon, NotReviewed, StaleVersionServed, InShortMissing, DatedFactDueSoon, DatedFactPassed, CertaintyWording, PublishedAddressGone, RenderedTooLarge, LoadTooSlow, BadSearchVocabulary,
        TranslationOfNothing, BadTranslatedFrom, DuplicateTranslation, TranslationBehind, UntranslatedStrings, SpanishReadingTooHard, UntranslatedCrisisHelp,
    ];
}
