using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Search;

/// <summary>
/// How many searches run at once across all clients (the per-client rate limit is separate). A few run, a
/// few more wait their turn; past that a search is turned away at once (503 with Retry-After), so searching
/// can never take the processor from readers of ordinary, cached pages.
/// </summary>
public sealed class SearchGate(IOptions<SearchOptions> options) : IDisposable
{
    private readonly ConcurrencyLimiter _running = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, options.Value.MaxConcurrent),
        QueueLimit = Math.Max(0, options.Value.QueueLimit),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>A lease to search with; check <see cref="RateLimitLease.IsAcquired"/>, and dispose it when done.</summary>
    public ValueTask<RateLimitLease> EnterAsync(CancellationToken cancellationToken) => _running.AcquireAsync(1, cancellationToken);

    public void Dispose() => _running.Dispose();
}
