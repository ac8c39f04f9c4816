using System.ComponentModel.DataAnnotations;
using KetamineInfo.Web.Hosting;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace KetamineInfo.Web.Search;

/// <summary>How many searches one client may make in a window (section <c>Search</c>).</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";
    public const string RateLimitPolicy = "search";

    [Range(1, 100_000, ErrorMessage = "must be from {1} to {2} searches per window")]
    public int PermitLimit { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "must be from {1} to {2}")]
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Searches that may run at once, across all clients: half the processors, so pages always have some.</summary>
    [Range(1, 1024, ErrorMessage = "must be from {1} to {2}")]
    public int MaxConcurrent { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Searches that may wait for a free slot; beyond these, 503 with Retry-After.</summary>
    [Range(0, 10_000, ErrorMessage = "must be from {1} to {2}")]
    public int QueueLimit { get; set; } = 16;

    /// <summary>The longest a search waits for a free slot before it too is answered 503 with Retry-After.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "must be from {1} (never wait) to {2}")]
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(1);
}

internal static class SearchServices
{
    /// <summary>
    /// The search index service, a per-client rate limit for /search (429 with Retry-After), and no-store on
    /// every /search answer: each one holds the reader's query, which no cache on the way should keep.
    /// </summary>
    public static IApplicationBuilder UseSearchPrivacy(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/search", StringComparison.OrdinalIgnoreCase))
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
        endpoints.MapGet(BrowserSearchIndex.Path, (Publishing.PublishedSite site) =>
            Results.Bytes(site.BrowserSearchIndexBytes, "application/json"));
        return endpoints;
    }

    /// <summary>The search index service and a per-client rate limit for /search (429 with Retry-After).</summary>
    public static IServiceCollection AddKetamineSearch(this IServiceCollection services)
    {
        services.AddValidatedOptions<SearchOptions>(SearchOptions.Section);
        services.AddSingleton<SearchGate>();
        services.AddSingleton<SearchService>();
        services.AddHealthChecks().AddCheck<SearchHealthCheck>("search", tags: ["ready"]);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SearchOptions.RateLimitPolicy, context =>
            {
                var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SearchOptions>>().Value;
                return Hosting.ClientRateLimit.PerClient(context, options.PermitLimit, options.Window);
            });
            limiter.OnRejected = (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(10);
                var response = rejected.HttpContext.Response;
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                response.ContentType = "text/plain; charset=utf-8";
                var message = rejected.HttpContext.Request.Path.StartsWithSegments(Feedback.FeedbackServices.Path, StringComparison.OrdinalIgnoreCase)
                    ? "Too many messages from your connection in a short time. Please wait a few minutes and try again. Thank you for your patience."
                    : "Too many searches in a short time. Please wait a few seconds and try again.";
                return new ValueTask(response.WriteAsync(message, cancellationToken));
            };
        });
        return services;
    }
}

/// <summary>/readyz: search is Degraded while its first index is still being built, then Healthy.</summary>
internal sealed class SearchHealthCheck(SearchService search) : Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck
{
    public Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult> CheckHealthAsync(
        Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(search.Ready.IsCompletedSuccessfully
            ? Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy("The search index is built.")
            : Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Degraded("Search is starting: its index is being built. Pages are served."));
}
