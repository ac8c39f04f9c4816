using System.Text.Json;
using KetamineInfo.Content.Model;
using KetamineInfo.Web.Routing;
using KetamineInfo.Web.Search;

namespace KetamineInfo.Web.Export;

/// <summary>
/// The compact JSON the static copy searches in the browser (js/search.js): each page's URL, title,
/// summary, headings and plain text, and the same synonym groups the server's search uses.
/// </summary>
internal static class StaticSearchIndex
{
    public const string Path = "/search-index.json";

    public static byte[] Build(ContentSnapshot snapshot)
    {
        var docs = snapshot.Articles.Select(a => Doc("article", PublicPages.Article(a.Slug), a.Title, a.Metadata.Summary, a.Body))
            .Concat(snapshot.Pages.Values.OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => Doc("page", $"/{p.Slug}", p.Title, p.Summary, p.Body)))
            .Concat(snapshot.Glossary.Select(g => new Dictionary<string, string>
            {
                ["k"] = "glossary", ["u"] = $"/glossary#{g.Id}", ["t"] = g.Term, ["s"] = g.Definition, ["h"] = string.Join(" ", g.Aliases), ["b"] = g.Definition,
            }));
        return JsonSerializer.SerializeToUtf8Bytes(new { synonyms = SearchSynonyms.Groups, docs });
    }

    private static Dictionary<string, string> Doc(string kind, string url, string title, string summary, RenderedBody body) => new()
    {
        ["k"] = kind,
        ["u"] = url,
        ["t"] = title,
        ["s"] = summary,
        ["h"] = string.Join(" | ", body.Headings.Select(h => h.Text)),
        ["b"] = body.PlainText,
    };
}
