namespace KetamineInfo.Web.Connections;

/// <summary>
/// What the <see cref="ConnectionGate"/> did, as counts logged once a minute: a flood refused 137,000
/// connections in one run, and a warning for each buried everything else in the log. No address is logged.
/// </summary>
internal sealed partial class ConnectionReport : IDisposable
{
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    private readonly ILogger<ConnectionReport> _logger;
    private readonly ITimer _timer;
    private long _overNetworkShare;
    private long _allBusy;
    private long _closedIdle;

    public ConnectionReport(ILogger<ConnectionReport> logger, TimeProvider clock)
    {
        _logger = logger;
        _timer = clock.CreateTimer(_ => Flush(), null, Period, Period);
    }

    public void RefusedOverNetworkShare() => Interlocked.Increment(ref _overNetworkShare);

    public void RefusedAllBusy() => Interlocked.Increment(ref _allBusy);

    public void ClosedIdle(int count) => Interlocked.Add(ref _closedIdle, count);

    /// <summary>Logs what happened since the last report, if anything did.</summary>
    public void Flush()
    {
        var (overShare, allBusy, closed) = (Interlocked.Exchange(ref _overNetworkShare, 0), Interlocked.Exchange(ref _allBusy, 0), Interlocked.Exchange(ref _closedIdle, 0));
        if (overShare + allBusy > 0)
        {
            LogRefused(overShare + allBusy, overShare, allBusy, closed);
        }
        else if (closed > 0)
        {
            LogClosedIdle(closed);
        }
    }

    public void Dispose() => _timer.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Refused} connections in the last minute: {OverNetworkShare} from networks holding their share, {AllBusy} while every connection was busy; {ClosedIdle} idle connections closed to make room")]
    private partial void LogRefused(long refused, long overNetworkShare, long allBusy, long closedIdle);

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {ClosedIdle} idle connections in the last minute to make room for new ones")]
    private partial void LogClosedIdle(long closedIdle);
}
