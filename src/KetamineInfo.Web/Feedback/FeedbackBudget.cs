using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Feedback;

/// <summary>
/// How much feedback the whole site takes in an hour and in a day (<c>Feedback:MaxPerHour</c>, <c>MaxPerDay</c>),
/// whoever sends it. The per-network limit stops one sender; this stops a flood from many addresses filling the disk
/// and drowning the editors' figures. Past it, readers are told plainly that no more feedback can be taken right now
/// (their words are given back), and readiness says Degraded. Counted by this process, by UTC hour and day.
/// </summary>
public sealed partial class FeedbackBudget(IOptions<FeedbackLimitOptions> options, TimeProvider clock, ILogger<FeedbackBudget> logger)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _hour;
    private DateOnly _day;
    private int _thisHour;
    private int _today;
    private DateTimeOffset _toldHour; // the hour whose spent budget is already in the log: one line per hour, not per post

    /// <summary>Takes one answer from the budget; false when this hour's or today's is spent.</summary>
    public bool TryTake()
    {
        lock (_gate)
        {
            Roll();
            if (IsSpentNow())
            {
                return false;
            }

            _thisHour++;
            _today++;
            return true;
        }
    }

    /// <summary>Gives back an answer that was not stored after all (the store failed): only stored words count.</summary>
    public void GiveBack()
    {
        lock (_gate)
        {
            _thisHour = Math.Max(0, _thisHour - 1);
            _today = Math.Max(0, _today - 1);
        }
    }

    /// <summary>True when no more feedback is taken right now: cheap enough to ask on every post of a flood.</summary>
    public bool IsSpent
    {
        get
        {
            lock (_gate)
            {
                Roll();
                return IsSpentNow();
            }
        }
    }

    /// <summary>Whether the budget is spent; the first time in an hour, says so in the log (one line, not one per post).</summary>
    private bool IsSpentNow()
    {
        var dayFull = _today >= options.Value.MaxPerDay;
        if (!dayFull && _thisHour < options.Value.MaxPerHour)
        {
            return false;
        }

        if (_toldHour != _hour)
        {
            _toldHour = _hour;
            LogSpent(logger, dayFull ? "today's" : "this hour's", dayFull ? options.Value.MaxPerDay : options.Value.MaxPerHour);
        }

        return true;
    }

    /// <summary>Why no more feedback is taken right now, or null.</summary>
    public string? Spent
    {
        get
        {
            lock (_gate)
            {
                Roll();
                return _today >= options.Value.MaxPerDay ? $"today's limit of {options.Value.MaxPerDay:N0} answers is reached (Feedback:MaxPerDay)"
                    : _thisHour >= options.Value.MaxPerHour ? $"this hour's limit of {options.Value.MaxPerHour:N0} answers is reached (Feedback:MaxPerHour)"
                    : null;
            }
        }
    }

    private void Roll()
    {
        var now = clock.GetUtcNow();
        var hour = FeedbackEntry.HourOf(now);
        if (hour != _hour)
        {
            (_hour, _thisHour) = (hour, 0);
        }

        var day = DateOnly.FromDateTime(now.UtcDateTime);
        if (day != _day)
        {
            (_day, _today) = (day, 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feedback is refused until the budget renews: {Which} limit of {Limit} answers is reached (Feedback:MaxPerHour, Feedback:MaxPerDay); refused posts are logged at Information")]
    private static partial void LogSpent(ILogger logger, string which, int limit);
}
