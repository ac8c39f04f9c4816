namespace KetamineInfo.Content.Diagnostics;

/// <summary>
/// "Did you mean …?" hints for misspelt keys, slugs, section ids and reference keys. A hint is a nicety, so
/// its cost is bounded whatever a file holds: a few hints per file, a few candidates per hint, short strings.
/// </summary>
internal static class Suggest
{
    /// <summary>Searches one file may run; its later problems are still reported, without a hint.</summary>
    public const int MaxSearchesPerFile = 20;

    /// <summary>Candidates compared in one search (a site has tens of articles and references, not hundreds).</summary>
    public const int MaxCandidates = 200;

    /// <summary>Longer strings are not compared: keys, slugs and section ids are short, and a long one is no typo.</summary>
    public const int MaxLength = 100;

    public static string? Closest(string wrong, IEnumerable<string> candidates, DiagnosticBag bag)
    {
        if (wrong.Length > MaxLength || bag.HintSearches >= MaxSearchesPerFile)
        {
            return null;
        }

        bag.HintSearches++;
        var target = wrong.ToLowerInvariant();
        string? best = null;
        var bestDistance = Math.Max(2, wrong.Length / 3) + 1;
        foreach (var candidate in candidates.Take(MaxCandidates))
        {
            // Lengths this far apart cannot beat the best so far, so skip the comparison.
            if (candidate.Length > MaxLength || Math.Abs(candidate.Length - target.Length) >= bestDistance)
            {
                continue;
            }

            var distance = Distance(target, candidate.ToLowerInvariant(), bestDistance);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    // Levenshtein distance with two rows; stops early (returning at least `bound`) once every cell of a row
    // has reached the bound, since the distance can only grow from there.
    private static int Distance(string a, string b, int bound)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum >= bound)
            {
                return bound;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
