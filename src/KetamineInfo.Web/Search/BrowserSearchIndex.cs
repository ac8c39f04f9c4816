using System.Text.Json;
using KetamineInfo.Content.Model;

namespace KetamineInfo.Web.Search;

/// <summary>
/// The compact JSON a browser searches when no server answers (the static copy, js/search.js): each section's
/// kind, address, page title and address, heading and the h2 above it, the page's summary (on its opening), other
/// names and plain text, and the vocabulary the server's search uses (stop words, synonyms, intents). The live site
/// serves it too, so the exported search page is the live one, byte for byte.
/// </summary>
internal static class BrowserSearchIndex
{
    public const string Path = SitePaths.SearchIndex;

    public static byte[] Build(IEnumerable<SearchDocument> documents, SearchVocabulary vocabulary, string language = "en")
    {
        var docs = documents.Select(d => new Dictionary<string, string>
        {
            ["k"] = d.Kind,
            ["u"] = d.Url,
            ["pu"] = d.PageUrl,
            ["p"] = d.PageTitle,
            ["h"] = d.Heading,
            ["ph"] = d.ParentHeading,
            ["s"] = d.Summary,
            ["w"] = d.Keywords,
            ["b"] = d.Body,
        });
        return JsonSerializer.SerializeToUtf8Bytes(new
        {
            language,
            stopWords = vocabulary.StopWords,
            synonyms = vocabulary.Synonyms,
            intents = vocabulary.Intents.Select(i => new { when = i.When, find = i.Find }),
            docs,
        });
    }
}
