using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Search;

/// <summary>
/// How many searches run at once across all clients (the per-client rate limit is separate). A few run, a
/// few more wait their turn, but never longer than <see cref="SearchOptions.MaxWait"/>; past that a search is
/// turned away (503 with Retry-After), so searching can never take the processor from readers of ordinary,
/// cached pages, and a reader waits at most a second to hear "busy, try again" rather than several seconds
/// for an answer (seen under bench/load: queued searches took 2-3 s when the processor was saturated).
/// </summary>
public sealed class SearchGate(IOptions<SearchOptions> options) : IDisposable
{
    private readonly ConcurrencyLimiter _running = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.MaxConcurrent, // validated at start
        QueueLimit = options.Value.QueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    // Zero or a negative setting (a typo in configuration) means "never wait", never an exception per search.
    private readonly TimeSpan _maxWait = options.Value.MaxWait; // 0 means never wait; validated at start

    /// <summary>A lease to search with; check <see cref="RateLimitLease.IsAcquired"/>, and dispose it when done.</summary>
    public async ValueTask<RateLimitLease> EnterAsync(CancellationToken cancellationToken)
    {
        if (_maxWait == TimeSpan.Zero)
        {
            return _running.AttemptAcquire(1);
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(_maxWait);
        try
        {
            return await _running.AcquireAsync(1, wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TurnedAway.Lease;
        }
    }

    public void Dispose() => _running.Dispose();

    /// <summary>The answer for a search that waited its longest without a free slot.</summary>
    private sealed class TurnedAway : RateLimitLease
    {
        public static readonly TurnedAway Lease = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
