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
    private readonly Lock _checkGate = new();
    private DateOnly _purgedOn;
    private DateTimeOffset? _checkedAt;
    private Task? _check;

    /// <summary>How long a health check of the store stands: /readyz can be asked often, the database should not be.</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The longest one check of the store may run before it is given up (a frozen database may ignore that,
    /// so callers never wait on it longer than their own timeout).
    /// </summary>
    public static readonly TimeSpan CheckLimit = TimeSpan.FromSeconds(10);

    public FeedbackWriter(IFeedbackStore store, IOptions<FeedbackOptions> options, ILogger<FeedbackWriter> logger, TimeProvider clock)
    {
        _store = store;
        _logger = logger;
        _clock = clock;
        _options = options.Value;
        _queue = Channel.CreateBounded<(FeedbackEntry, TaskCompletionSource<bool>)>(new BoundedChannelOptions(_options.QueueLimit)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>
    /// Why the last write failed, or null: kept until a write succeeds, because a store that can still be read
    /// (a full disk) may not take a single answer.
    /// </summary>
    public string? WriteProblem { get; private set; }

    /// <summary>Why the last check of the store (or preparing it) failed, or null.</summary>
    public string? CheckProblem { get; private set; }

    /// <summary>The problem with the store, or null while it works: /readyz reports it as degraded.</summary>
    public string? Problem => WriteProblem ?? CheckProblem;

    /// <summary>
    /// True once the entry is stored; false when the queue is full, the store failed, or it did not answer within
    /// <see cref="FeedbackOptions.WriteTimeout"/>. False never hides a loss: at worst an answer the reader was not
    /// thanked for is stored after all.
    /// </summary>
    public async Task<bool> TrySubmitAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        var stored = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite((entry, stored)))
        {
            return false;
        }

        try
        {
            return await stored.Task.WaitAsync(_options.WriteTimeout, _clock, cancellationToken);
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Create or migrate the schema on start, so the first reader does not wait for it (a failure is
        // only reported: the next answer tries again). Not where feedback is not taken here (an export).
        if (_options.TakenHere)
        {
            CheckProblem = await TryAsync("preparing the feedback store", () => EnsureReadyAsync(stoppingToken), stoppingToken);
        }

        var batch = new List<(FeedbackEntry Entry, TaskCompletionSource<bool> Stored)>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(stoppingToken))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            // Bounded, so a frozen database costs each batch a few seconds rather than the writer for good.
            using var timeout = new CancellationTokenSource(_options.WriteTimeout, _clock);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
            WriteProblem = await TryAsync("storing feedback", async () =>
            {
                await EnsureReadyAsync(limit.Token);
                await _store.AddAsync([.. batch.Select(b => b.Entry)], limit.Token);
            }, stoppingToken);
            batch.ForEach(b => b.Stored.TrySetResult(WriteProblem is null));
            batch.Clear();
        }
    }

    /// <summary>
    /// Checks the store (for /readyz), at most once per <see cref="CheckInterval"/>, and one check at a time:
    /// while one runs, every caller waits on that same one (each only as long as its own token allows), so a
    /// hung database costs one waiting connection, not one per probe. See <see cref="Problem"/> for the answer.
    /// </summary>
    public Task CheckAsync(CancellationToken cancellationToken)
    {
        lock (_checkGate)
        {
            if (_check is null && (_checkedAt is not { } at || _clock.GetUtcNow() - at >= CheckInterval))
            {
                // Task.Run: the check cannot finish (and clear _check) before it is stored here, under the lock.
                _check = Task.Run(RunCheckAsync, CancellationToken.None);
            }

            return _check?.WaitAsync(cancellationToken) ?? Task.CompletedTask;
        }
    }

    private async Task RunCheckAsync()
    {
        string? problem = null;
        try
        {
            using var limit = new CancellationTokenSource(CheckLimit, _clock);
            problem = await TryAsync("checking the feedback store", async () =>
            {
                await EnsureReadyAsync(limit.Token);
                await _store.PingAsync(limit.Token);
            }, CancellationToken.None);
            if (problem is not null && limit.IsCancellationRequested)
            {
                problem = $"the feedback store did not answer within {CheckLimit.TotalSeconds:N0} s";
            }
        }
        finally
        {
            lock (_checkGate)
            {
                CheckProblem = problem;
                _checkedAt = _clock.GetUtcNow();
                _check = null;
            }
        }
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

    /// <summary>Runs <paramref name="action"/>; returns why it failed, or null when it worked.</summary>
    private async Task<string?> TryAsync(string what, Func<Task> action, CancellationToken stopping)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && !stopping.IsCancellationRequested)
        {
            // The store is never on the page-serving path: a failure here costs feedback, never a page.
            LogFailed(ex, _store.Description, what);
            return $"{what} failed ({ex.GetType().Name}; see the log)";
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} feedback entries older than {Days} days")]
    private partial void LogPurged(int count, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feedback store ({Store}): {What} failed")]
    private partial void LogFailed(Exception exception, string store, string what);
}
