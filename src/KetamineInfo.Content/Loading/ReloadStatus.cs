using System.Globalization;

namespace KetamineInfo.Content.Loading;

/// <summary>
/// How content reloads are going, for readiness: whether one has been running too long, and whether the last
/// one failed. Written by the reloading thread, read by health checks on any thread.
/// </summary>
internal sealed class ReloadStatus(TimeProvider clock, TimeSpan slowAfter)
{
    private long _startedAt;
    private int _running;
    private string? _lastFailure;

    public TimeSpan SlowAfter => slowAfter;

    /// <summary>Why the site may show older content than the folder holds, or null.</summary>
    public string? Problem
    {
        get
        {
            if (Volatile.Read(ref _running) == 1 && clock.GetElapsedTime(Volatile.Read(ref _startedAt)) is var running && running > slowAfter)
            {
                return string.Create(CultureInfo.InvariantCulture, $"a content reload has been running for {running.TotalSeconds:0} s; the previous snapshot is served");
            }

            return Volatile.Read(ref _lastFailure);
        }
    }

    public void Started()
    {
        Volatile.Write(ref _startedAt, clock.GetTimestamp());
        Volatile.Write(ref _running, 1);
    }

    /// <summary>Records the end of the reload (and its failure, if any); returns how long it ran.</summary>
    public TimeSpan Finished(Exception? failure)
    {
        Volatile.Write(ref _running, 0);
        // Only the exception's type: readiness is served to anyone who asks, and messages can hold paths.
        // The log has the whole exception.
        Volatile.Write(ref _lastFailure, failure is null ? null : $"the last content reload failed ({failure.GetType().Name}; see the log); the previous snapshot is served");
        return clock.GetElapsedTime(Volatile.Read(ref _startedAt));
    }
}
