using KetamineInfo.Content.Model;

namespace KetamineInfo.Web.Publishing;

/// <summary>
/// The site readers get from one content snapshot. It holds the publication rules — drafts only where editors
/// preview; an overdue review adds a notice and never removes a page — and every public address with its
/// kind, title, date and cache policy, and the old addresses that redirect. The pages' lists, the sitemap and
/// feed, both search indexes (built from it by Search), the page cache and the exporter all read this one
/// object, so they cannot disagree about what is published or where.
/// </summary>
public sealed class PublishedSite
{
    private readonly Dictionary<string, PublicRoute> _routes;
    private readonly Dictionary<string, IReadOnlyList<(string Language, string Path)>> _alternates;

    private PublishedSite(ContentSnapshot snapshot, bool draftsServed)
    {
        Snapshot = snapshot;
        DraftsServed = draftsServed;
        Articles = draftsServed
            ? [.. snapshot.ArticlesBySlug.Values.OrderBy(a => a.Metadata.Order).ThenBy(a => a.Slug, StringComparer.Ordinal)]
            : snapshot.Articles;
        Pages = [.. snapshot.Pages.Values.Where(p => p.Slug != InfoPage.HomeSlug).OrderBy(p => p.Slug, StringComparer.Ordinal)];
        HomeGuide = snapshot.Pages.GetValueOrDefault(InfoPage.HomeSlug);
        LastModified = snapshot.Articles.Select(a => a.Metadata.LastModified)
            .DefaultIfEmpty(DateOnly.FromDateTime(snapshot.LoadedAt.UtcDateTime)).Max();
        // A translation is published with its English source, never without it.
        // The home page's guide in another language is that language's home page, not a page of its own.
        SpanishHomeGuide = snapshot.Translations.Values.FirstOrDefault(t => t.IsPage && t.Language == "es" && t.Metadata.TranslationOf == InfoPage.HomeSlug);
        Translations = [.. snapshot.Translations.Values
            .Where(t => t.IsPage ? FindPage(t.Metadata.TranslationOf) is not null : FindArticle(t.Metadata.TranslationOf) is not null)
            .OrderBy(t => t.IsPage).ThenBy(t => t.IsPage ? 0 : FindArticle(t.Metadata.TranslationOf)!.Metadata.Order).ThenBy(t => t.Slug, StringComparer.Ordinal)];
        // Each English page with its translations, one list shared by every member: the links are the same from each.
        _alternates = new(StringComparer.Ordinal);
        foreach (var group in Translations.GroupBy(EnglishPathOf, StringComparer.Ordinal))
        {
            IReadOnlyList<(string Language, string Path)> family =
                [("en", group.Key), .. group.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => (t.Language, TranslatedPathOf(t)))];
            foreach (var (_, path) in family)
            {
                _alternates[path] = family;
            }
        }

        if (Translations.Count > 0)
        {
            IReadOnlyList<(string Language, string Path)> homes = [("en", SitePaths.Home), ("es", SitePaths.SpanishHome)];
            _alternates[SitePaths.Home] = homes;
            _alternates[SitePaths.SpanishHome] = homes;
            foreach (var (english, spanish) in new[] { (SitePaths.EditorialTeam, SitePaths.SpanishEditorialTeam), (SitePaths.Changes, SitePaths.SpanishChanges) })
            {
                IReadOnlyList<(string Language, string Path)> pair = [("en", english), ("es", spanish)];
                _alternates[english] = pair;
                _alternates[spanish] = pair;
            }

            if (snapshot.TranslatedGlossaries.ContainsKey("es"))
            {
                IReadOnlyList<(string Language, string Path)> glossaries = [("en", SitePaths.Glossary), ("es", SitePaths.SpanishGlossary)];
                _alternates[SitePaths.Glossary] = glossaries;
                _alternates[SitePaths.SpanishGlossary] = glossaries;
            }
        }

        Routes = BuildRoutes();
        _routes = Routes.ToDictionary(r => r.Path, StringComparer.Ordinal);
        Redirects = snapshot.Aliases
            .Where(alias => FindArticle(alias.Value) is not null)
            .OrderBy(alias => alias.Key, StringComparer.Ordinal)
            .ToDictionary(alias => SitePaths.Article(alias.Key), alias => SitePaths.Article(alias.Value), StringComparer.Ordinal);
        // The Spanish pages' own changes, in their own log: each language's readers see what changed in their words.
        SpanishChanges = [.. Translations.Where(t => t.Language == "es")
            .SelectMany(t => t.Metadata.Changes.Select((change, i) => new PublishedChange(t.Title, TranslatedPathOf(t), t.IsPage ? int.MaxValue : 0, change,
                $"cambio-{(t.IsPage ? "pagina-" : string.Empty)}{t.Slug}-{change.Date:yyyy-MM-dd}-{i + 1}")))
            .OrderByDescending(c => c.Change.Date).ThenBy(c => c.Order).ThenBy(c => c.Id, StringComparer.Ordinal)];
        // Articles' and standalone pages' changes in one log: a page is the same kind of page as an article.
        Changes = [.. AnnouncedArticles
            .SelectMany(a => a.Metadata.Changes.Select((change, i) => new PublishedChange(a.Title, SitePaths.Article(a.Slug), a.Metadata.Order, change, $"change-{a.Slug}-{change.Date:yyyy-MM-dd}-{i + 1}")))
            .Concat(Pages.SelectMany(p => p.Metadata.Changes.Select((change, i) => new PublishedChange(p.Title, SitePaths.Page(p.Slug), int.MaxValue, change, $"change-page-{p.Slug}-{change.Date:yyyy-MM-dd}-{i + 1}"))))
            .OrderByDescending(c => c.Change.Date).ThenBy(c => c.Order).ThenBy(c => c.Id, StringComparer.Ordinal)];
    }

    public ContentSnapshot Snapshot { get; }

    public SiteSettings Site => Snapshot.Site;

    /// <summary>Whether drafts are part of this site (editors' preview) or left out (what the public gets).</summary>
    public bool DraftsServed { get; }

    /// <summary>The articles readers can open, in the order editors set (drafts too in a preview).</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The articles announced to the world (feed): never a draft, even in a preview.</summary>
    public IEnumerable<Article> AnnouncedArticles => Articles.Where(a => !a.Metadata.Draft);

    /// <summary>The standalone pages (about, questions...), by slug; not the home page's guide.</summary>
    public IReadOnlyList<InfoPage> Pages { get; }

    /// <summary>What the home page says before its list of articles: the ways in, by what a reader came to do.</summary>
    public InfoPage? HomeGuide { get; }

    /// <summary>The Spanish glossary's terms, served at <c>/es/glosario</c> once the Spanish edition exists.</summary>
    public IReadOnlyList<GlossaryTerm> SpanishGlossary => Translations.Count > 0 ? Snapshot.TranslatedGlossaries.GetValueOrDefault("es") ?? [] : [];

    /// <summary>What the Spanish home page says before its list (the translation of the home page's guide), if there is one.</summary>
    public Translation? SpanishHomeGuide { get; }

    /// <summary>The translations readers can open (content/es/…): each of an English article or page published here.</summary>
    public IReadOnlyList<Translation> Translations { get; }

    /// <summary>Every public address, home first, in a stable order.</summary>
    public IReadOnlyList<PublicRoute> Routes { get; }

    /// <summary>Old article addresses (from <c>aliases</c>) and where each now lives; only to published articles.</summary>
    public IReadOnlyDictionary<string, string> Redirects { get; }

    /// <summary>Every recorded change to a Spanish page, newest first: the Spanish changes log.</summary>
    public IReadOnlyList<PublishedChange> SpanishChanges { get; }

    /// <summary>The changes log in <paramref name="language"/>.</summary>
    public IReadOnlyList<PublishedChange> ChangesIn(string language) => language == "es" ? SpanishChanges : Changes;

    /// <summary>Whether pages in <paramref name="language"/> are published: English always, another language once something is translated.</summary>
    public bool HasEdition(string language) => language == "en" || Translations.Any(t => t.Language == language);

    /// <summary>Every recorded change to a published article, newest first: the changes and corrections log.</summary>
    public IReadOnlyList<PublishedChange> Changes { get; }


    /// <summary>The newest change to any article: the date of the home page, the glossary and the feed.</summary>
    public DateOnly LastModified { get; }

    public static PublishedSite Of(ContentSnapshot snapshot, bool draftsServed) => new(snapshot, draftsServed);

    /// <summary>An overdue review is shown to readers as a notice; it never takes the page down.</summary>
    public static bool IsDueForReview(Article article, DateOnly today) => IsDueForReview(article.Metadata, today);

    public static bool IsDueForReview(IReviewedMetadata metadata, DateOnly today) => metadata.NextReview < today;

    public PublicRoute? Route(string path) => _routes.GetValueOrDefault(path);

    public Article? FindArticle(string slug) =>
        DraftsServed && Snapshot.ArticlesBySlug.TryGetValue(slug, out var any) ? any : Snapshot.FindPublished(slug);

    public InfoPage? FindPage(string slug) => slug == InfoPage.HomeSlug ? null : Snapshot.Pages.GetValueOrDefault(slug);

    /// <summary>The published translation at <paramref name="path"/> (<c>/es/articulos/x</c>, <c>/es/x</c>), or null.</summary>
    public Translation? FindTranslation(string path) =>
        _alternates.ContainsKey(path) && Snapshot.Translations.TryGetValue(path, out var t) ? t : null;

    /// <summary>The address of the English page a translation translates.</summary>
    public static string EnglishPathOf(Translation translation) =>
        translation.IsPage ? SitePaths.Page(translation.Metadata.TranslationOf) : SitePaths.Article(translation.Metadata.TranslationOf);

    public static string TranslatedPathOf(Translation translation) => SitePaths.Translated(translation.Language, translation.IsPage, translation.Slug);

    /// <summary>
    /// The same page in every language it exists in, English first, for <c>hreflang</c> links and the language switch;
    /// empty for a page with no translation, which then carries neither.
    /// </summary>
    public IReadOnlyList<(string Language, string Path)> Alternates(string path) => _alternates.GetValueOrDefault(path) ?? [];

    /// <summary>The page at <paramref name="path"/> in <paramref name="language"/>, where there is one.</summary>
    public string? InLanguage(string path, string language) =>
        Alternates(path).Where(a => a.Language == language).Select(a => a.Path).FirstOrDefault();

    /// <summary>
    /// The canonical form of a case or trailing-slash variant of a public address ("/GLOSSARY/" → "/glossary"),
    /// or null. Only addresses of this site come back, so a redirect to one can never leave it.
    /// </summary>
    public string? CanonicalFor(string path)
    {
        var candidate = path.Length > 1 ? path.TrimEnd('/').ToLowerInvariant() : path.ToLowerInvariant();
        return candidate != path && _routes.ContainsKey(candidate) ? candidate : null;
    }

    private List<PublicRoute> BuildRoutes()
    {
        var routes = new List<PublicRoute> { new(SitePaths.Home, RouteKind.Home, Site.Name, LastModified) };
        routes.AddRange(Articles.Select(a => new PublicRoute(SitePaths.Article(a.Slug), RouteKind.Article, a.Title, a.Metadata.LastModified, IsDraft: a.Metadata.Draft)));
        routes.Add(new(SitePaths.Glossary, RouteKind.Glossary, "Glossary", LastModified));
        routes.Add(new(SitePaths.EditorialTeam, RouteKind.EditorialTeam, "Editorial team", LastModified));
        routes.Add(new(SitePaths.Changes, RouteKind.Changes, "Changes and corrections", LastModified));
        routes.AddRange(Pages.Select(p => new PublicRoute(SitePaths.Page(p.Slug), RouteKind.Page, p.Title, LastModified)));
        if (Translations.Count > 0)
        {
            // The Spanish edition exists only once something is translated: until then, the English site is all there is.
            var newest = Translations.Max(t => t.Metadata.LastModified);
            routes.Add(new(SitePaths.SpanishHome, RouteKind.TranslatedHome, Site.Name, newest));
            routes.AddRange(Translations.Select(t => new PublicRoute(TranslatedPathOf(t), RouteKind.Translation, t.Title, t.Metadata.LastModified,
                IsDraft: !t.IsPage && FindArticle(t.Metadata.TranslationOf)!.Metadata.Draft)));
            if (SpanishGlossary.Count > 0)
            {
                routes.Add(new(SitePaths.SpanishGlossary, RouteKind.Glossary, "Glosario", newest));
            }

            routes.Add(new(SitePaths.SpanishEditorialTeam, RouteKind.EditorialTeam, "Equipo editorial", newest));
            routes.Add(new(SitePaths.SpanishChanges, RouteKind.Changes, "Cambios y correcciones", newest));
            routes.Add(new(SitePaths.SpanishFeed, RouteKind.Feed, Site.Name, newest));
            routes.Add(new(SitePaths.SpanishSearch, RouteKind.Search, "Buscar", newest, CachePolicy.NotStored));
            routes.Add(new(SitePaths.SpanishSearchIndex, RouteKind.SearchIndex, "Índice de búsqueda", newest));
        }

        routes.Add(new(SitePaths.Search, RouteKind.Search, "Search", LastModified, CachePolicy.NotStored));
        routes.Add(new(SitePaths.SearchIndex, RouteKind.SearchIndex, "Search index", LastModified));
        routes.Add(new(SitePaths.Sitemap, RouteKind.Sitemap, "Sitemap", LastModified));
        routes.Add(new(SitePaths.Feed, RouteKind.Feed, Site.Name, LastModified));
        routes.Add(new(SitePaths.Robots, RouteKind.Robots, "Robots", LastModified));
        return routes;
    }
}

/// <summary>One line of the public changes log: which page (its title and address), what changed, and the anchor that links to it.</summary>
public sealed record PublishedChange(string Title, string Path, int Order, PageChange Change, string Id)
{
    /// <summary>The key in strings/en.yml of the words that name this kind of change.</summary>
    public string KindKey => Change.Kind switch
    {
        ChangeKind.Correction => "page.badge_correction",
        ChangeKind.Clinical => "page.badge_clinical",
        _ => "page.badge_editorial",
    };
}
