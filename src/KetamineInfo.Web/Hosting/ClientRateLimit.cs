using System.Threading.RateLimiting;

namespace KetamineInfo.Web.Hosting;

/// <summary>
/// A fixed window of requests per client network (<see cref="ClientNetwork"/>: IPv4 /24, IPv6 /64), no queue:
/// how search and feedback are limited. Counting single addresses would give anyone with an IPv6 /64 an
/// endless supply of fresh limits. Behind a trusted proxy (README, "Behind a proxy") the address is the
/// reader's, from X-Forwarded-For, not the proxy's.
/// </summary>
internal static class ClientRateLimit
{
    public static RateLimitPartition<string> PerClient(HttpContext context, int permitLimit, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitLimit,
            Window = window,
            QueueLimit = 0,
        });

    private static string PartitionKey(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address ? ClientNetwork.Of(address).ToString() : "unknown";
}
