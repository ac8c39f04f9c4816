using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Feedback;

/// <summary>
/// How much feedback the whole site takes in an hour and in a day (<c>Feedback:MaxPerHour</c>, <c>MaxPerDay</c>),
/// whoever sends it. The per-network limit stops one sender; this stops a flood from many addresses filling the disk
/// and drowning the editors' figures. Past it, readers are told plainly that no more feedback can be taken right now
/// (their words are given back), and readiness says Degraded. Counted by this process, by UTC hour and day.
/// </summary>
public sealed class FeedbackBudget(IOptions<FeedbackLimitOptions> options, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _hour;
    private DateOnly _day;
    private int _thisHour;
    private int _today;

    /// <summary>Takes one answer from the budget; false when this hour's or today's is spent.</summary>
    public bool TryTake()
    {
        lock (_gate)
        {
            Roll();
            if (_thisHour >= options.Value.MaxPerHour || _today >= options.Value.MaxPerDay)
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
}
