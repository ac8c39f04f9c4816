namespace KetamineInfo.Content.Markdown;

/// <summary>
/// The time one file may take in one phase (parsing, or rendering). It is checked between our passes and,
/// through <see cref="ProcessingBudgetExtension"/>, at every step of Markdig's inline parser, so a
/// file that would take minutes is stopped once over budget instead of waited for.
/// </summary>
internal sealed class ProcessingBudget(TimeProvider clock, TimeSpan limit, string phase)
{
    private readonly long _start = clock.GetTimestamp();

    /// <summary>What the file was doing: "parsing" or "rendering".</summary>
    public string Phase => phase;

    public TimeSpan Limit => limit;

    /// <summary>Throws <see cref="ProcessingBudgetExceededException"/> once the phase has run longer than the limit.</summary>
    public void Check()
    {
        if (clock.GetElapsedTime(_start) > limit)
        {
            throw new ProcessingBudgetExceededException(this);
        }
    }
}

/// <summary>A file ran over its <see cref="ProcessingBudget"/>; the loader reports it and keeps the last good version.</summary>
internal sealed class ProcessingBudgetExceededException(ProcessingBudget budget)
    : Exception(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{budget.Phase} took longer than {budget.Limit.TotalSeconds:0.#} s"))
{
    public ProcessingBudget Budget => budget;
}
