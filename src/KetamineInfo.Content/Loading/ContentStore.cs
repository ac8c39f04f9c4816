using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace KetamineInfo.Content.Loading;

/// <summary>
/// Holds the current <see cref="ContentSnapshot"/> and swaps in a new one, whole, when files change.
/// Saves arrive in bursts (editors write a file in several steps), so reloads wait for a short quiet spell.
/// </summary>
public sealed partial class ContentStore : IDisposable
{
    private readonly ContentLoader _loader;
    private readonly ILogger<ContentStore> _logger;
    private readonly Timer _debounce;
    private readonly TimeSpan _quietPeriod;
    private readonly Lock _reloadLock = new();
    private readonly IDisposable? _watch;
    private ContentSnapshot _current;

    public ContentStore(ContentLoader loader, IFileProvider provider, ILogger<ContentStore> logger, TimeSpan quietPeriod, bool watch = true)
    {
        _loader = loader;
        _logger = logger;
        _quietPeriod = quietPeriod;
        _debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
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

    /// <summary>Loads the folder again now; returns the new snapshot.</summary>
    public ContentSnapshot Reload()
    {
        lock (_reloadLock)
        {
            var previous = Current;
            ContentSnapshot next;
            try
            {
                next = _loader.Load(previous);
            }
            catch (Exception ex)
            {
                // A loader bug must never take the site down: keep serving what we have.
                LogReloadFailed(ex);
                return previous;
            }

            Volatile.Write(ref _current, next);
            LogDiagnostics(next, previous);
            var errors = next.Diagnostics.Count(d => d.IsError);
            LogReloaded(next.Version, next.Articles.Count, errors);
            Changed?.Invoke(next);
            return next;
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
}
