using KetamineInfo.Content.Model;
using System.Text.Json;

namespace KetamineInfo.Web.Search;

/// <summary>
/// The compact JSON a browser searches when no server answers (the static copy, js/search.js): each page's
/// URL, title, summary, headings and plain text, and the same synonym groups the server's search uses.
/// The live site serves it too, so the exported search page is the live one, byte for byte.
/// </summary>
internal static class BrowserSearchIndex
{
    public const string Path = SitePaths.SearchIndex;

    public static byte[] Build(IEnumerable<SearchDocument> documents)
    {
        var docs = documents.Select(d => new Dictionary<string, string>
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
