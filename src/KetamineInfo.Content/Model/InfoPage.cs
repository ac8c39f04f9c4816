namespace KetamineInfo.Content.Model;

/// <summary>A standalone page from content/pages (about, questions, accessibility): title, summary and body only.</summary>
public sealed record InfoPage(string Slug, string Title, string Summary, RenderedBody Body, string SourcePath)
{
    /// <summary>
    /// <c>pages/home.md</c> is the home page's guide ("What brings you here?"), shown at <c>/</c> above the
    /// articles; it has no address of its own.
    /// </summary>
    public const string HomeSlug = "home";
}
