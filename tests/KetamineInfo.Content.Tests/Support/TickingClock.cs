namespace KetamineInfo.Content.Tests.Support;

/// <summary>
/// A clock that moves forward a fixed step each time it is read, so time measures how often the code looked
/// at it: a time budget trips after a known number of checks, on any machine. The date stays fixed.
/// </summary>
internal sealed class TickingClock(DateTimeOffset now, TimeSpan step) : TimeProvider
{
    private long _ticks;

    /// <summary>How many times the timestamp was read.</summary>
    public long Readings { get; private set; }

    public override DateTimeOffset GetUtcNow() => now;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        Readings++;
        return _ticks += step.Ticks;
    }
}
