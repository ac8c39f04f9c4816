using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Connections;

/// <summary>
/// A fixed window of requests per client network (<see cref="ClientNetwork"/>: IPv4 /24, IPv6 /64), no queue:
/// how search and feedback are limited. Counting single addresses would give anyone with an IPv6 /64 an
/// endless supply of fresh limits. Behind a trusted proxy (README, "Behind a proxy") the address is the
/// reader's, from X-Forwarded-For, not the proxy's.
/// </summary>
internal static class ClientRateLimit
{
    /// <summary>
    /// A named per-client policy (for <c>[EnableRateLimiting(policy)]</c>) whose limit is read from the feature's
    /// options on each request, and the words a refused reader gets. Each feature adds its own; none knows another's.
    /// </summary>
    public static IServiceCollection AddClientRateLimit<TOptions>(this IServiceCollection services, string policy, Func<TOptions, (int PermitLimit, TimeSpan Window)> limitOf, string tooMany)
        where TOptions : class
    {
        services.AddRateLimiter(limiter => limiter.AddPolicy(policy, context =>
        {
            var (permitLimit, window) = limitOf(context.RequestServices.GetRequiredService<IOptions<TOptions>>().Value);
            return PerClient(context, permitLimit, window);
        }));
        services.Configure<Refusals>(refusals => refusals.TooMany[policy] = tooMany);
        return services;
    }

    /// <summary>
    /// How every refusal is answered: 429 with Retry-After and the refusing policy's own words, in plain text
    /// (the feedback form's script shows a plain-text answer as it is).
    /// </summary>
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services) => services.AddRateLimiter(limiter =>
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = (rejected, cancellationToken) =>
        {
            var context = rejected.HttpContext;
            var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(10);
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            context.Response.ContentType = "text/plain; charset=utf-8";
            var policy = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
            var words = context.RequestServices.GetRequiredService<IOptions<Refusals>>().Value.TooMany;
            var message = policy is not null && words.TryGetValue(policy, out var said) ? said : "Too many requests in a short time. Please wait a little and try again.";
            return new ValueTask(context.Response.WriteAsync(message, cancellationToken));
        };
    });

    public static RateLimitPartition<string> PerClient(HttpContext context, int permitLimit, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitLimit,
            Window = window,
            QueueLimit = 0,
        });

    private static string PartitionKey(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address ? ClientNetwork.Of(address).ToString() : "unknown";

    /// <summary>What each policy says to a reader it refuses, by policy name.</summary>
    internal sealed class Refusals
    {
        public Dictionary<string, string> TooMany { get; } = new(StringComparer.Ordinal);
    }
}
