using KetamineInfo.Web.Publishing;
using KetamineInfo.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KetamineInfo.Web.Pages;

/// <summary>
/// Server-rendered search of the pages in one language (<c>/search</c>, <c>/es/buscar</c>): each language has its own
/// index, and results are only ever in the language of the page. The query is private: it is never logged or stored.
/// </summary>
public abstract class SearchPageModel(SearchService search, PublishedSite published, string language) : PageModel
{
    public string Language => language;

    protected PublishedSite Published => published;

    public string Query { get; private set; } = string.Empty;

    public bool WasShortened { get; private set; }

    public IReadOnlyList<SearchResultGroup> Results { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "q")] string? q)
    {
        var query = (q ?? string.Empty).Trim();
        WasShortened = query.Length > SearchIndex.MaxQueryLength;
        Query = WasShortened ? query[..SearchIndex.MaxQueryLength] : query;
        if (Query.Length == 0)
        {
            return Page();
        }

        var (outcome, results) = await search.TrySearchAsync(Query, HttpContext.RequestAborted, language);
        if (outcome != SearchOutcome.Found)
        {
            Response.Headers.RetryAfter = outcome == SearchOutcome.Starting ? "1" : "2";
            Logging.RequestLogLevel.MarkRefusedOnPurpose(HttpContext); // busy by design, not a fault
            return new ContentResult
            {
                StatusCode = StatusCodes.Status503ServiceUnavailable,
                ContentType = "text/plain; charset=utf-8",
                Content = published.Snapshot.StringsFor(language)[outcome == SearchOutcome.Starting ? "search.starting" : "search.busy"],
            };
        }

        Results = results;
        return Page();
    }
}
