using KetamineInfo.Web.Hosting;

namespace KetamineInfo.Web.Routing;

/// <summary>
/// The canonical path of every public page of one content snapshot, as readers may see it (drafts only
/// where editors preview). The page cache stores only these, and the exporter writes exactly these.
/// </summary>
internal sealed class PublicPages
{
    private readonly HashSet<string> _paths;

    private PublicPages(List<string> ordered)
    {
        Ordered = ordered;
        _paths = new HashSet<string>(ordered, StringComparer.Ordinal);
    }

    /// <summary>Every public path, home first, in a stable order.</summary>
    public IReadOnlyList<string> Ordered { get; }

    public static string Article(string slug) => Content.Model.Article.PathFor(slug);

    public static string InfoPage(string slug) => $"/{slug}";

    public static PublicPages Of(EditorialView view)
    {
        var paths = new List<string> { "/" };
        paths.AddRange(view.Articles.Select(a => Article(a.Slug)));
        paths.Add("/glossary");
        paths.AddRange(view.Snapshot.Pages.Keys.Order(StringComparer.Ordinal).Select(InfoPage));
        paths.AddRange(["/sitemap.xml", "/feed.xml", "/robots.txt"]);
        return new PublicPages(paths);
    }

    public bool Contains(string path) => _paths.Contains(path);

    /// <summary>
    /// The canonical form of a case or trailing-slash variant of a public path ("/GLOSSARY/" → "/glossary"),
    /// or null. Only paths from the set come back, so a redirect to one can never leave the site.
    /// </summary>
    public string? CanonicalFor(string path)
    {
        var candidate = path.Length > 1 ? path.TrimEnd('/').ToLowerInvariant() : path.ToLowerInvariant();
        return candidate != path && _paths.Contains(candidate) ? candidate : null;
    }
}
