namespace KetamineInfo.Web.Search;

/// <summary>
/// One thing search can find — an article, a standalone page or a glossary term — as both indexes see it:
/// the server's Lucene index and the browser's JSON. Both take the list from <see cref="SiteSearch.DocumentsOf"/>,
/// so they can never disagree.
/// </summary>
public sealed record SearchDocument(string Kind, string Url, string Title, string Summary, IReadOnlyList<string> Headings, string Body);
