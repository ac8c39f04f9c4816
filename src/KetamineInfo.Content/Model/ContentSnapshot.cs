using KetamineInfo.Content.Diagnostics;

namespace KetamineInfo.Content.Model;

/// <summary>
/// Everything the site shows, loaded and rendered at one moment. Immutable: a change to the files
/// produces a new snapshot that replaces this one whole.
/// </summary>
public sealed record ContentSnapshot
{
    public required long Version { get; init; }

    public required DateTimeOffset LoadedAt { get; init; }

    public required SiteSettings Site { get; init; }

    /// <summary>Published articles in the order editors set (drafts left out).</summary>
    public required IReadOnlyList<Article> Articles { get; init; }

    /// <summary>Every article that loaded, drafts included, by slug.</summary>
    public required IReadOnlyDictionary<string, Article> ArticlesBySlug { get; init; }

    /// <summary>Old slugs (from <c>aliases</c>) mapped to the current slug.</summary>
    public required IReadOnlyDictionary<string, string> Aliases { get; init; }

    public required IReadOnlyDictionary<string, InfoPage> Pages { get; init; }

    public required IReadOnlyList<GlossaryTerm> Glossary { get; init; }

    /// <summary>The words around every page (menus, notices, messages), from strings/en.yml.</summary>
    public required SiteStrings Strings { get; init; }

    /// <summary>
    /// The words around pages in each other language (strings/es.yml), complete: a key not yet translated holds the
    /// English. A language without a file is absent (see <see cref="StringsFor"/>).
    /// </summary>
    public IReadOnlyDictionary<string, SiteStrings> TranslatedStrings { get; init; } = new Dictionary<string, SiteStrings>();

    /// <summary>The words around pages in <paramref name="language"/>; English where there are none.</summary>
    /// <summary>What each translation language says of the site (<c>es/site.yml</c>), where it has said it.</summary>
    public IReadOnlyDictionary<string, TranslatedSite> TranslatedSites { get; init; } = new Dictionary<string, TranslatedSite>();

    /// <summary>The crisis help for a page in <paramref name="language"/>: its own, or the English while it has none (check says so).</summary>
    public CrisisHelp CrisisFor(string language) => TranslatedSites.GetValueOrDefault(language)?.Crisis ?? Site.Crisis;

    /// <summary>Each translation language's glossary (<c>es/glossary.yml</c>), where it has one.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<GlossaryTerm>> TranslatedGlossaries { get; init; } = new Dictionary<string, IReadOnlyList<GlossaryTerm>>();

    public string ClinicianNoticeFor(string language) => TranslatedSites.GetValueOrDefault(language)?.ClinicianNotice ?? Site.ClinicianNotice;

    public string TaglineFor(string language) => TranslatedSites.GetValueOrDefault(language)?.Tagline ?? Site.Tagline;

    public string DescriptionFor(string language) => TranslatedSites.GetValueOrDefault(language)?.Description ?? Site.Description;

    public SiteStrings StringsFor(string language) => TranslatedStrings.GetValueOrDefault(language) ?? Strings;

    public required IReadOnlyDictionary<string, Reference> References { get; init; }

    /// <summary>The clinicians in reviewers.yml, by key, in file order.</summary>
    public IReadOnlyList<Reviewer> Reviewers { get; init; } = [];

    /// <summary>The options grid's data (decision/options.yml), or null where there is none.</summary>
    public TreatmentOptions? TreatmentOptions { get; init; }

    /// <summary>"What matters to you" (decision/values.yml), or null where there is none.</summary>
    public ValuesExercise? ValuesExercise { get; init; }

    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>Articles with errors and no version to serve, by slug: on a fresh start readers would not see them.</summary>
    public IReadOnlyList<BrokenArticle> BrokenArticles { get; init; } = [];

    /// <summary>Translations of articles and pages (content/es/…) that loaded, by their public address (<see cref="SitePaths.Translated"/>).</summary>
    public IReadOnlyDictionary<string, Translation> Translations { get; init; } = new Dictionary<string, Translation>();

    /// <summary>The translations of one English article or page, in every language there is one.</summary>
    public IEnumerable<Translation> TranslationsOf(string englishSlug, bool isPage) =>
        Translations.Values.Where(t => t.IsPage == isPage && string.Equals(t.Metadata.TranslationOf, englishSlug, StringComparison.Ordinal));

    /// <summary>A published (non-draft) article, or null.</summary>
    public Article? FindPublished(string slug) =>
        ArticlesBySlug.TryGetValue(slug, out var article) && !article.Metadata.Draft ? article : null;
}
