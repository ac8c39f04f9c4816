namespace KetamineInfo.Content.Model;

/// <summary>
/// The site's addresses, declared once. The content library needs them to write links into rendered bodies
/// (glossary terms, the certainty badge) and to check published addresses; the Web project's
/// <c>PublishedSite</c> builds its route table from them, and its pages, feeds and search link with them.
/// </summary>
public static class SitePaths
{
    public const string Home = "/";

    public const string ArticlesFolder = "/articles/";

    public const string Glossary = "/glossary";

    public const string EditorialTeam = "/editorial-team";

    public const string Changes = "/changes";

    public const string Search = "/search";

    /// <summary>Every page's words for searching in the browser, where no server answers (an exported copy).</summary>
    public const string SearchIndex = "/search-index.json";

    public const string Feedback = "/feedback";

    public const string Sitemap = "/sitemap.xml";

    public const string Feed = "/feed.xml";

    public const string Robots = "/robots.txt";

    /// <summary>The editors' view of content problems; never public in Production.</summary>
    public const string ContentProblems = "/_content";

    /// <summary>The Spanish edition's home: <c>/es</c> (<c>/es/</c> is sent here, as every trailing slash is).</summary>
    public const string SpanishHome = "/es";

    /// <summary>The Spanish glossary: the terms of <c>es/glossary.yml</c>.</summary>
    public const string SpanishGlossary = "/es/glosario";

    /// <summary>The feedback form's page in Spanish: the same form, answered in Spanish.</summary>
    public const string SpanishFeedback = "/es/opinion";

    /// <summary>The feedback page in <paramref name="language"/>.</summary>
    public static string FeedbackIn(string language) => language == "es" ? SpanishFeedback : Feedback;

    /// <summary>The editorial team page in Spanish (the same reviewers, in Spanish words).</summary>
    public const string SpanishEditorialTeam = "/es/equipo-editorial";

    /// <summary>The changes and corrections to the Spanish pages.</summary>
    public const string SpanishChanges = "/es/cambios";

    /// <summary>The Spanish pages' feed.</summary>
    public const string SpanishFeed = "/es/feed.xml";

    /// <summary>Search of the Spanish pages.</summary>
    public const string SpanishSearch = "/es/buscar";

    /// <summary>The Spanish pages' words for searching in the browser (the static copy).</summary>
    public const string SpanishSearchIndex = "/es/search-index.json";

    /// <summary>Spanish articles: <c>/es/articulos/{slug}</c>.</summary>
    public const string SpanishArticlesFolder = "/es/articulos/";

    /// <summary>
    /// A translation's address: <c>/es/articulos/{slug}</c> for an article, <c>/es/{slug}</c> for a standalone page.
    /// Spanish is the only language besides English so far.
    /// </summary>
    public static string Translated(string language, bool isPage, string slug) => language switch
    {
        "es" => isPage ? $"{SpanishHome}/{slug}" : SpanishArticlesFolder + slug,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "no addresses for this language"),
    };

    /// <summary>The language of the page at <paramref name="path"/>: <c>es</c> under <c>/es</c>, else <c>en</c>.</summary>
    public static string LanguageOf(string path) =>
        path == SpanishHome || path.StartsWith(SpanishHome + "/", StringComparison.OrdinalIgnoreCase) ? "es" : "en";

    /// <summary><c>/articles/{slug}</c>.</summary>
    public static string Article(string slug) => ArticlesFolder + slug;

    /// <summary><c>/{slug}</c>: a standalone page (about, questions, the options grid).</summary>
    public static string Page(string slug) => "/" + slug;

    /// <summary>A section of a page (<paramref name="page"/> is its address) by its heading's id; the page itself for an empty id.</summary>
    public static string Section(string page, string headingId) => headingId.Length == 0 ? page : $"{page}#{headingId}";

    /// <summary>A glossary entry, by its anchor, in the glossary of <paramref name="language"/>.</summary>
    public static string GlossaryTerm(string id, string language = "en") => $"{GlossaryIn(language)}#{id}";

    /// <summary>The glossary of <paramref name="language"/>: <c>/glossary</c>, <c>/es/glosario</c>.</summary>
    public static string GlossaryIn(string language) => language == "es" ? SpanishGlossary : Glossary;

    /// <summary>A reviewer's entry on the editorial team page.</summary>
    public static string TeamMember(string key) => $"{EditorialTeam}#{key}";
}
