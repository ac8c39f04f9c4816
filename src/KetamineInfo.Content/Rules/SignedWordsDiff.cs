using System.Text.RegularExpressions;

namespace KetamineInfo.Content.Rules;

/// <summary>
/// What changed between the words a clinician signed off and the words now, line by line, and which of those
/// changes are clinical: a line with a number (a dose, a duration, a chance), a citation, a chance block, a
/// certainty or recheck mark, a safety box or shared safety words, a glossary definition or a source. Only a change
/// to none of these may be recorded as editorial and keep the sign-off.
/// </summary>
internal static partial class SignedWordsDiff
{
    /// <summary>One clinical change: the words before (or null, for an added line) and after (or null, for a removed one).</summary>
    public sealed record Change(string? Before, string? After);

    /// <summary>Every changed line, clinical or not, in order.</summary>
    public static IReadOnlyList<Change> AllChanges(string signed, string now) => Changes(signed, now, clinicalOnly: false);

    public static IReadOnlyList<Change> ClinicalChanges(string signed, string now) => Changes(signed, now, clinicalOnly: true);

    private static List<Change> Changes(string signed, string now, bool clinicalOnly)
    {
        var (before, after) = (Lines(signed), Lines(now));
        var (removed, added) = Diff([.. before.Select(l => l.Text)], [.. after.Select(l => l.Text)]);
        var changes = new List<Change>();
        var pairs = Math.Max(removed.Count, added.Count);
        for (var i = 0; i < pairs; i++)
        {
            var old = i < removed.Count ? before[removed[i]] : null;
            var @new = i < added.Count ? after[added[i]] : null;
            if (!clinicalOnly || old is { Clinical: true } || @new is { Clinical: true })
            {
                changes.Add(new Change(old?.Text, @new?.Text));
            }
        }

        return changes;
    }

    private sealed record Line(string Text, bool Clinical);

    /// <summary>About 16 MB of table: two pages of 2,000 lines each; real pages have a few hundred.</summary>
    private const long MaxTableCells = 4_000_000;

    // Each line with whether it is clinical; lines inside a safety box or a ~~~ block, and every line after the body
    // (shared safety words, glossary definitions, sources), are clinical whatever they say.
    private static List<Line> Lines(string text)
    {
        var lines = new List<Line>();
        var inBlock = false;
        var afterBody = false;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            afterBody |= AfterBody().IsMatch(line);
            var opens = (line.StartsWith("~~~", StringComparison.Ordinal) && line != "~~~") || SafetyBox().IsMatch(line);
            var closes = inBlock && line is "~~~" or ":::";
            var clinical = afterBody || inBlock || opens || ClinicalWords().IsMatch(line);
            inBlock = opens || (inBlock && !closes);

            lines.Add(new Line(line, clinical));
        }

        return lines;
    }

    // The indexes of removed and added lines, from a longest-common-subsequence table.
    private static (List<int> Removed, List<int> Added) Diff(string[] a, string[] b)
    {
        // The table grows with the product of the two lengths: past a bound (a hostile or huge file), compare the
        // lines as sets instead, which is linear and still finds every line that is new or gone.
        if ((long)a.Length * b.Length > MaxTableCells)
        {
            var (inA, inB) = (a.ToHashSet(StringComparer.Ordinal), b.ToHashSet(StringComparer.Ordinal));
            return ([.. Enumerable.Range(0, a.Length).Where(i => !inB.Contains(a[i]))], [.. Enumerable.Range(0, b.Length).Where(j => !inA.Contains(b[j]))]);
        }

        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        var (removed, added) = (new List<int>(), new List<int>());
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { x++; y++; }
            else if (y < b.Length && (x == a.Length || table[x, y + 1] >= table[x + 1, y])) { added.Add(y++); }
            else { removed.Add(x++); }
        }

        return (removed, added);
    }

    // The sections ClinicalFingerprint.TextOf adds after the body.
    [GeneratedRegex(@"^(include [a-z0-9-]+:|term .+: |source \d+: )")]
    private static partial Regex AfterBody();

    [GeneratedRegex(@"\d|\[@|\{certainty|\{recheck")]
    private static partial Regex ClinicalWords();

    [GeneratedRegex(@"^:::\s*(emergency|urgent|non-urgent|warning)")]
    private static partial Regex SafetyBox();
}
