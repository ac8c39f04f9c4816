namespace KetamineInfo.Content.Markdown;

/// <summary>
/// The one shape of a section heading a reader can link to: the heading, then a "#" link to it whose label says
/// which section it links to, so a reader can share the section itself. Markdown's headings, the "In short" box
/// and the sections every page adds (sources, feedback, the clinician notice, the page's history) all use it.
/// </summary>
public static class SectionHeadingMarkup
{
    public const string Open = "<div class=\"section-heading\">";

    /// <summary>The link to the heading <paramref name="id"/>, and the end of the block.</summary>
    public static string LinkAndClose(string id, string linkLabel) =>
        $"<a class=\"heading-link\" href=\"#{Escape(id)}\" aria-label=\"{Escape(linkLabel)}\">#</a></div>";

    /// <summary>A whole second-level section heading with its link.</summary>
    public static string Of(string id, string text, string linkLabel) =>
        $"{Open}<h2 id=\"{Escape(id)}\">{Escape(text)}</h2>{LinkAndClose(id, linkLabel)}";

    // What Markdig's own escaping does: enough for text and attribute values in double quotes.
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
