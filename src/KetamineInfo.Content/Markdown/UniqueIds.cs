namespace KetamineInfo.Content.Markdown;

/// <summary>
/// Hands out ids unique within one document: the first "dosing" is <c>dosing</c>, then <c>dosing-2</c>,
/// <c>dosing-3</c> and so on. Linear in the number of ids, however the headings repeat.
/// </summary>
internal sealed class UniqueIds(IEnumerable<string> reserved)
{
    private readonly HashSet<string> _used = new(reserved, StringComparer.Ordinal);

    // The next suffix to try for each base id. Counting on from the last suffix given, instead of from 2
    // every time, is what keeps 20,000 headings called "a" linear: each suffix is tried at most once.
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);

    /// <summary>How many candidate ids have been tried: the work done, which tests hold to a bound.</summary>
    public int Probes { get; private set; }

    public string Take(string baseId)
    {
        Probes++;
        if (_used.Add(baseId))
        {
            return baseId;
        }

        var n = _nextSuffix.GetValueOrDefault(baseId, 2);
        string id;
        do
        {
            Probes++;
            id = $"{baseId}-{n++}";
        }
        while (!_used.Add(id));

        _nextSuffix[baseId] = n;
        return id;
    }
}
