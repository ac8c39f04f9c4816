using KetamineInfo.Web.Publishing;
using KetamineInfo.Web.Search;
using Microsoft.AspNetCore.RateLimiting;

namespace KetamineInfo.Web.Pages;

/// <summary>Search of the English pages.</summary>
[EnableRateLimiting(SearchOptions.RateLimitPolicy)]
public sealed class SearchModel(SearchService search, PublishedSite published) : SearchPageModel(search, published, "en");
