using KetamineInfo.Content.Model;
using KetamineInfo.Web.Connections;
using KetamineInfo.Web.Settings;

namespace KetamineInfo.Web.Search;

/// <summary>Search's services, endpoint and response rules, for the composition root to wire.</summary>
internal static class SearchServices
{
    /// <summary>
    /// The search index service, a per-client rate limit for /search (429 with Retry-After), and no-store on
    /// every /search answer: each one holds the reader's query, which no cache on the way should keep.
    /// </summary>
    public static IApplicationBuilder UseSearchPrivacy(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Path.StartsWithSegments(SitePaths.Search, StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.StartsWithSegments(SitePaths.SpanishSearch, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
        }

        return next(context);
    });

    /// <summary>The browser's search index (<see cref="BrowserSearchIndex"/>), served live as the static copy serves it.</summary>
    public static IEndpointRouteBuilder MapBrowserSearchIndex(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SitePaths.SearchIndex, (Publishing.PublishedSite site, SearchVocabularySource vocabulary) =>
            Results.Bytes(SiteSearch.BrowserIndexOf(site, vocabulary.For(site.Snapshot)), "application/json"));
        endpoints.MapGet(SitePaths.SpanishSearchIndex, (Publishing.PublishedSite site, SearchVocabularySource vocabulary) => site.Translations.Count == 0
            ? Results.NotFound()
            : Results.Bytes(SiteSearch.BrowserIndexOf(site, vocabulary.For(site.Snapshot, "es"), "es"), "application/json"));
        return endpoints;
    }

    /// <summary>The search index service and a per-client rate limit for /search (429 with Retry-After).</summary>
    public static IServiceCollection AddKetamineSearch(this IServiceCollection services)
    {
        services.AddValidatedOptions<SearchOptions>(SearchOptions.Section);
        services.AddSingleton<SearchGate>();
        services.AddSingleton<SearchVocabularySource>();
        services.AddSingleton<SearchService>();
        services.AddHealthChecks().AddCheck<SearchHealthCheck>("search", tags: ["ready"]);
        services.AddClientRateLimit<SearchOptions>(SearchOptions.RateLimitPolicy, options => (options.PermitLimit, options.Window),
            "Too many searches in a short time. Please wait a few seconds and try again.");
        return services;
    }
}
