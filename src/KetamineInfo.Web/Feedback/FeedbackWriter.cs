using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Feedback;

/// <summary>
/// Writes feedback in the background, in batches, so a burst of answers costs one transaction per batch and
/// never holds a request thread on the database. A reader is told "thank you" only after their answer is
/// stored; if the queue is full or the store fails, they are told feedback is unavailable right now.
/// On start it creates or migrates the schema; once a day, it deletes rows older than the retention.
/// </summary>
public sealed partial class FeedbackWriter : BackgroundService
{
    private const int MaxBatch = 200;

    private readonly IFeedbackStore _store;
    private readonly ILogger<FeedbackWriter> _logger;
    private readonly TimeProvider _clock;
    private readonly FeedbackOptions _options;
    private readonly Channel<(FeedbackEntry Entry, TaskCompletionSource<bool> Stored)> _queue;
    private DateOnly _purgedOn;
    private (DateTimeOffset At, bool Ok)? _lastCheck;

    /// <summary>How long a health check of the store stands: /readyz can be asked often, the database should not be.</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(5);

    public FeedbackWriter(IFeedbackStore store, IOptions<FeedbackOptions> options, ILogger<FeedbackWriter> logger, TimeProvider clock)
    {
        _store = store;
        _logger = logger;
        _clock = clock;
        _options = options.Value;
        _queue = Channel.CreateBounded<(FeedbackEntry, TaskCompletionSource<bool>)>(new BoundedChannelOptions(Math.Max(1, _options.QueueLimit))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>The last problem with the store, or null while it works: /readyz reports it as degraded.</summary>
    public string? Problem { get; private set; }

    /// <summary>True once the entry is stored; false when the queue is full or the store failed.</summary>
    public async Task<bool> TrySubmitAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        var stored = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite((entry, stored)))
        {
            return false;
        }

        return await stored.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Create or migrate the schema on start, so the first reader does not wait for it (a failure is
        // only reported: the next answer tries again). Not where feedback is not taken here (an export).
        if (_options.TakenHere)
        {
            await TryAsync("preparing the feedback store", () => EnsureReadyAsync(stoppingToken));
        }

        var batch = new List<(FeedbackEntry Entry, TaskCompletionSource<bool> Stored)>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(stoppingToken))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            var ok = await TryAsync("storing feedback", async () =>
            {
                await EnsureReadyAsync(stoppingToken);
                await _store.AddAsync([.. batch.Select(b => b.Entry)], stoppingToken);
            });
            batch.ForEach(b => b.Stored.TrySetResult(ok));
            batch.Clear();
        }
    }

    /// <summary>Checks the store (for /readyz), at most once per <see cref="CheckInterval"/>; between checks, the last answer stands.</summary>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        if (_lastCheck is { } last && now - last.At < CheckInterval)
        {
            return last.Ok;
        }

        var ok = await TryAsync("checking the feedback store", async () =>
        {
            await EnsureReadyAsync(cancellationToken);
            await _store.PingAsync(cancellationToken);
        });
        _lastCheck = (now, ok);
        return ok;
    }

    private async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        if (_purgedOn != today && _options.RetentionDays > 0)
        {
            var removed = await _store.PurgeAsync(_clock.GetUtcNow().AddDays(-_options.RetentionDays), cancellationToken);
            _purgedOn = today;
            if (removed > 0)
            {
                LogPurged(removed, _options.RetentionDays);
            }
        }
    }

    private async Task<bool> TryAsync(string what, Func<Task> action)
    {
        try
        {
            await action();
            Problem = null;
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // The store is never on the page-serving path: a failure here costs feedback, never a page.
            Problem = $"{what} failed ({ex.GetType().Name}; see the log)";
            LogFailed(ex, _store.Description, what);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} feedback entries older than {Days} days")]
    private partial void LogPurged(int count, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feedback store ({Store}): {What} failed")]
    private partial void LogFailed(Exception exception, string store, string what);
}
