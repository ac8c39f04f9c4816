namespace KetamineInfo.Web.Publishing;

/// <summary>What a public address shows.</summary>
public enum RouteKind
{
    Home,
    Article,
    Page,
    Glossary,
    EditorialTeam,
    Changes,
    Search,
    Sitemap,
    Feed,
    Robots,
    SearchIndex,

    /// <summary>The home of a translated edition (<c>/es</c>): its translated pages.</summary>
    TranslatedHome,

    /// <summary>An article or standalone page in another language (<c>/es/articulos/x</c>, <c>/es/x</c>).</summary>
    Translation,
}

/// <summary>Whether the page cache may keep a route's bytes for every reader.</summary>
public enum CachePolicy
{
    /// <summary>The same bytes for everyone until the content or the day changes: stored once, served to all.</summary>
    Shared,

    /// <summary>Rendered on every request and never stored (the search page: a query is private).</summary>
    NotStored,
}

/// <summary>
/// One address readers can reach, with what it is, its title, the date it last changed and whether the page
/// cache may keep it. <see cref="IsDraft"/> marks an article served only as an editors' preview.
/// </summary>
public sealed record PublicRoute(string Path, RouteKind Kind, string Title, DateOnly LastModified, CachePolicy Cache = CachePolicy.Shared, bool IsDraft = false)
{
    /// <summary>
    /// Pages people read, as opposed to files for machines and the search form; never a draft, which is
    /// <c>noindex</c> and must not be announced to search engines or feed readers.
    /// </summary>
    public bool InSitemap => !IsDraft && Kind is RouteKind.Home or RouteKind.Article or RouteKind.Page or RouteKind.Glossary or RouteKind.EditorialTeam or RouteKind.Changes
        or RouteKind.TranslatedHome or RouteKind.Translation;
}
