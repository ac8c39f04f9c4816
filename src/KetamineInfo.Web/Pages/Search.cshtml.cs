using KetamineInfo.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace KetamineInfo.Web.Pages;

/// <summary>Server-rendered search. The query is private: it is never logged or stored.</summary>
[EnableRateLimiting(SearchOptions.RateLimitPolicy)]
public sealed class SearchModel(SearchService search) : PageModel
{
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

        var (outcome, results) = await search.TrySearchAsync(Query, HttpContext.RequestAborted);
        if (outcome != SearchOutcome.Found)
        {
            Response.Headers.RetryAfter = outcome == SearchOutcome.Starting ? "1" : "2";
            Logging.RequestLogLevel.MarkRefusedOnPurpose(HttpContext); // busy by design, not a fault
            return new ContentResult
            {
                StatusCode = StatusCodes.Status503ServiceUnavailable,
                ContentType = "text/plain; charset=utf-8",
                Content = outcome == SearchOutcome.Starting
                    ? "Search is starting. Please try again in a moment. Every article is already available from the home page."
                    : "Search is busy right now. Please try again in a few seconds. Every article is still available from the home page.",
            };
        }

        Results = results;
        return Page();
    }
}
