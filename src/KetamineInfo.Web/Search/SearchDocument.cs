using KetamineInfo.Content.Model;
using KetamineInfo.Web.Routing;

namespace KetamineInfo.Web.Search;

/// <summary>
/// One thing search can find — an article, a standalone page or a glossary term — as both indexes see it:
/// the server's Lucene index and the static copy's JSON. One list, so the two can never disagree.
/// </summary>
public sealed record SearchDocument(string Kind, string Url, string Title, string Summary, IReadOnlyList<string> Headings, string Body)
{
    public static IEnumerable<SearchDocument> Of(ContentSnapshot snapshot) =>
        snapshot.Articles.Select(a => new SearchDocument("article", PublicPages.Article(a.Slug), a.Title, a.Metadata.Summary, Texts(a.Body), a.Body.PlainText))
            .Concat(snapshot.Pages.Values.OrderBy(p => p.Slug, StringComparer.Ordinal)
                .Select(p => new SearchDocument("page", PublicPages.InfoPage(p.Slug), p.Title, p.Summary, Texts(p.Body), p.Body.PlainText)))
            .Concat(snapshot.Glossary.Select(g => new SearchDocument("glossary", $"/glossary#{g.Id}", g.Term, g.Definition, g.Aliases, g.Definition)));

    private static string[] Texts(RenderedBody body) => [.. body.Headings.Select(h => h.Text)];
}
