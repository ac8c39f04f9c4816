using KetamineInfo.Web.Publishing;
using KetamineInfo.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.RateLimiting;

namespace KetamineInfo.Web.Pages.Es;

/// <summary>Search of the Spanish pages (<c>/es/buscar</c>): it exists once the Spanish edition does.</summary>
[EnableRateLimiting(SearchOptions.RateLimitPolicy)]
public sealed class BuscarModel(SearchService search, PublishedSite published) : SearchPageModel(search, published, "es")
{
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (Published.Translations.Count == 0)
        {
            context.Result = NotFound();
        }
    }
}
