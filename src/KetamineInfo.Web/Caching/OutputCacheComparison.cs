using KetamineInfo.Content.Loading;
using KetamineInfo.Web.Publishing;
using Microsoft.AspNetCore.OutputCaching;

namespace KetamineInfo.Web.Caching;

/// <summary>
/// ASP.NET Core output caching set up to do the page cache's job as far as it can, so bench/run can compare
/// the two on the same site (<c>Caching:Engine=OutputCache</c>; docs/benchmarks.md has the figures). Only
/// routes of the <see cref="PublishedSite"/> whose policy is <see cref="CachePolicy.Shared"/> are stored,
/// under one tag that a content change evicts. It is not the shipped cache: it stores one encoding per
/// entry (compression would run on every request), and a tag cannot express "a new day" for the
/// due-for-review notice.
/// </summary>
internal static class OutputCacheComparison
{
    private const string ContentTag = "content";

    public static IServiceCollection AddPublishedRouteOutputCache(this IServiceCollection services, long maxBytes) =>
        services.AddOutputCache(options =>
        {
            options.SizeLimit = maxBytes;
            options.AddBasePolicy(new PublishedRoutePolicy());
        });

    public static WebApplication UsePublishedRouteOutputCache(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IOutputCacheStore>();
        app.Services.GetRequiredService<ContentStore>().Changed += _ => store.EvictByTagAsync(ContentTag, CancellationToken.None).AsTask().Wait();
        app.UseOutputCache();
        return app;
    }

    private sealed class PublishedRoutePolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var request = context.HttpContext.Request;
            var site = context.HttpContext.RequestServices.GetRequiredService<PublishedSites>().Current;
            var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && !request.QueryString.HasValue
                && site.Route(request.Path.Value ?? "/") is { Cache: CachePolicy.Shared };
            context.EnableOutputCaching = cacheable;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true; // concurrent misses for one page wait for one render
            context.CacheVaryByRules.VaryByHost = true;
            context.ResponseExpirationTimeSpan = TimeSpan.FromDays(1);
            context.Tags.Add(ContentTag);
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK)
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}
