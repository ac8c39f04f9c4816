using KetamineInfo.Content.Model;

namespace KetamineInfo.Web.Search;

/// <summary>
/// One thing search can find — a section of an article or standalone page (its opening above the first heading
/// counts as one), or a glossary term — as both indexes see it: the server's Lucene index and the browser's JSON.
/// Both take the list from <see cref="SiteSearch.DocumentsOf"/>, so they can never disagree.
/// </summary>
/// <param name="Kind">"article", "page" or "glossary".</param>
/// <param name="PageUrl">The page the section is on: results are grouped under it.</param>
/// <param name="SectionId">The heading's id; empty for a page's opening.</param>
/// <param name="ParentHeading">For an h3, the h2 above it.</param>
/// <param name="Summary">The page's summary, on its opening only.</param>
/// <param name="Keywords">Other names for it (a glossary term's aliases), comma-separated.</param>
public sealed record SearchDocument(
    string Kind, string PageUrl, string PageTitle, string SectionId, string Heading, string ParentHeading, string Summary, string Keywords, string Body)
{
    /// <summary>Where a result links: the section's heading, or the page itself for its opening.</summary>
    public string Url => SitePaths.Section(PageUrl, SectionId);
}
