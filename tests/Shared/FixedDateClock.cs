namespace KetamineInfo.Tests.Shared;

/// <summary>
/// Real time that starts on a fixed date: the calendar a test sees is the same in any year (review dates,
/// "due for review" notices), while timers and elapsed time run as usual, so live reload still works.
/// </summary>
internal sealed class FixedDateClock(DateTimeOffset start) : TimeProvider
{
    /// <summary>The day the shipped content and the fixtures were written for.</summary>
    public static readonly DateTimeOffset ContentDay = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private readonly long _started = TimeProvider.System.GetTimestamp();

    public FixedDateClock()
        : this(ContentDay)
    {
    }

    public override DateTimeOffset GetUtcNow() => start + TimeProvider.System.GetElapsedTime(_started);
}
