using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace KetamineInfo.Content.Loading;

/// <summary>
/// Holds the current <see cref="ContentSnapshot"/> and swaps in a new one, whole, when files change.
/// Saves arrive in bursts (editors write a file in several steps), so reloads wait for a short quiet spell.
/// A reload that fails or runs too long is logged and reported by <see cref="ReloadProblem"/> (readiness).
/// </summary>
public sealed partial class ContentStore : IDisposable
{
    /// <summary>A reload running longer than this is logged and reported (real reloads take well under a second).</summary>
    public static readonly TimeSpan DefaultSlowReload = TimeSpan.FromSeconds(30);

    private readonly ContentLoader _loader;
    private readonly ILogger<ContentStore> _logger;
    private readonly TimeProvider _clock;
    private readonly ReloadStatus _status;
    private readonly Timer _debounce;
    private readonly TimeSpan _quietPeriod;
    private readonly Lock _reloadLock = new();
    private readonly IDisposable? _watch;
    private ContentSnapshot _current;
    private int _reloadRequested;
    private int _reloadLoopRunning;

    public ContentStore(
        ContentLoader loader,
        IFileProvider provider,
        ILogger<ContentStore> logger,
        TimeSpan quietPeriod,
        bool watch = true,
        TimeProvider? clock = null,
        TimeSpan? slowReload = null)
    {
        _loader = loader;
        _logger = logger;
        _clock = clock ?? TimeProvider.System;
        _status = new ReloadStatus(_clock, slowReload ?? DefaultSlowReload);
        _quietPeriod = quietPeriod;
        _debounce = new Timer(_ => RequestReload(), null, Timeout.Infinite, Timeout.Infinite);
        _current = _loader.Load();
        LogDiagnostics(_current, previous: null);
        if (watch)
        {
            _watch = ChangeToken.OnChange(() => provider.Watch("**/*"), () => _debounce.Change(_quietPeriod, Timeout.InfiniteTimeSpan));
        }
    }

    public ContentSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Raised after a new snapshot is in place.</summary>
    public event Action<ContentSnapshot>? Changed;

    /// <summary>
    /// Why the site may be showing older content than the folder holds, or null: a reload has been running
    /// longer than it should, or the last one failed. Either way the previous snapshot is still served.
    /// </summary>
    public string? ReloadProblem => _status.Problem;

    /// <summary>Loads the folder again now; returns the new snapshot.</summary>
    public ContentSnapshot Reload()
    {
        lock (_reloadLock)
        {
            var previous = Current;
            _status.Started();
            // Logs while a reload is still stuck, not only once it ends (it may never end).
            using var watchdog = _clock.CreateTimer(_ => LogReloadSlow(_status.SlowAfter.TotalSeconds), null, _status.SlowAfter, Timeout.InfiniteTimeSpan);
            ContentSnapshot next;
            try
            {
                next = _loader.Load(previous);
            }
            catch (Exception ex)
            {
                // A loader bug must never take the site down: keep serving what we have.
                _status.Finished(ex);
                LogReloadFailed(ex);
                return previous;
            }

            if (_status.Finished(failure: null) is var took && took > _status.SlowAfter)
            {
                LogReloadTook(took.TotalSeconds);
            }

            Volatile.Write(ref _current, next);
            LogDiagnostics(next, previous);
            var errors = next.Diagnostics.Count(d => d.IsError);
            LogReloaded(next.Version, next.Articles.Count, errors);
            NotifyChanged(next);
            return next;
        }
    }

    // Runs on the debounce timer's thread, where an exception would end the process: a listener that fails
    // (a search index that cannot be rebuilt, or one disposed at shutdown) is logged, and the others still run.
    private void NotifyChanged(ContentSnapshot next)
    {
        if (Changed is not { } changed)
        {
            return;
        }

        foreach (var listener in changed.GetInvocationList().Cast<Action<ContentSnapshot>>())
        {
            try
            {
                listener(next);
            }
            catch (Exception ex)
            {
                LogListenerFailed(ex, next.Version);
            }
        }
    }

    // Called by the debounce timer. While a reload runs, later requests only mark that another is due, and
    // the running loop does it: a reload that hangs must not gather a blocked thread-pool thread per save.
    internal void RequestReload()
    {
        Volatile.Write(ref _reloadRequested, 1);
        while (Interlocked.CompareExchange(ref _reloadLoopRunning, 1, 0) == 0)
        {
            try
            {
                while (Interlocked.Exchange(ref _reloadRequested, 0) == 1)
                {
                    Reload();
                }
            }
            finally
            {
                Volatile.Write(ref _reloadLoopRunning, 0);
            }

            if (Volatile.Read(ref _reloadRequested) == 0)
            {
                return; // else a request came in as the loop ended: take it
            }
        }
    }

    public void Dispose()
    {
        _watch?.Dispose();
        _debounce.Dispose();
    }

    // Each problem is logged once, when it first appears, not on every reload. The path and message are
    // escaped as in Diagnostic.ToString: the text console sink writes :l values raw, so a file name could
    // otherwise forge log lines or colour the terminal.
    private void LogDiagnostics(ContentSnapshot snapshot, ContentSnapshot? previous)
    {
        var seen = previous?.Diagnostics.ToHashSet() ?? [];
        foreach (var diagnostic in snapshot.Diagnostics.Where(d => !seen.Contains(d)))
        {
            var (path, message) = (TerminalText.Escape(diagnostic.Path), TerminalText.Escape(diagnostic.Message));
            if (diagnostic.IsError)
            {
                LogContentError(path, diagnostic.Line, diagnostic.Column, diagnostic.Code, message);
            }
            else if (diagnostic.Code != DiagnosticCodes.NotReviewed.Id)
            {
                LogContentWarning(path, diagnostic.Line, diagnostic.Column, diagnostic.Code, message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{ContentPath:l}:{Line}:{Column}: error {Code:l}: {Problem:l}")]
    private partial void LogContentError(string contentPath, int line, int column, string code, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{ContentPath:l}:{Line}:{Column}: warning {Code:l}: {Problem:l}")]
    private partial void LogContentWarning(string contentPath, int line, int column, string code, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content snapshot {Version} loaded: {ArticleCount} articles, {ErrorCount} errors")]
    private partial void LogReloaded(long version, int articleCount, int errorCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content reload failed; still serving the previous snapshot")]
    private partial void LogReloadFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A listener failed to take content snapshot {Version}; pages serve it, the listener keeps what it had")]
    private partial void LogListenerFailed(Exception exception, long version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content reload still running after {Seconds} s; still serving the previous snapshot")]
    private partial void LogReloadSlow(double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content reload took {Seconds:0.0} s")]
    private partial void LogReloadTook(double seconds);
}
