using System.Text.Json;
using KetamineInfo.Content.Model;
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
        var docs = SearchDocument.Of(snapshot).Select(d => new Dictionary<string, string>
        {
            ["k"] = d.Kind,
            ["u"] = d.Url,
            ["t"] = d.Title,
            ["s"] = d.Summary,
            ["h"] = string.Join(d.Kind == "glossary" ? " " : " | ", d.Headings),
            ["b"] = d.Body,
        });
        return JsonSerializer.SerializeToUtf8Bytes(new { synonyms = SearchSynonyms.Groups, docs });
    }
}
