using System.Threading.RateLimiting;

namespace KetamineInfo.Web.Hosting;

/// <summary>
/// A fixed window of requests per client address, no queue: how search and feedback are limited. Behind a
/// proxy, configure forwarded headers so the address is the reader's, not the proxy's.
/// </summary>
internal static class ClientRateLimit
{
    public static RateLimitPartition<string> PerClient(HttpContext context, int permitLimit, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitLimit,
            Window = window,
            QueueLimit = 0,
        });
}
