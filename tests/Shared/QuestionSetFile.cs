namespace KetamineInfo.Tests.Shared;

/// <summary>
/// tests/KetamineInfo.Web.Tests/Search/QuestionSet.txt: questions as patients ask them, each with the addresses of
/// the sections that answer it. The live search (Web tests) and the static copy's (browser tests) are measured on it.
/// </summary>
internal static class QuestionSetFile
{
    public static string FilePath => Path.Combine(Repository.Root, "tests", "KetamineInfo.Web.Tests", "Search", "QuestionSet.txt");

    /// <summary>Each question, in file order: an unindented line, then its answers, one indented address a line.</summary>
    public static IReadOnlyList<(string Question, IReadOnlyList<string> Answers)> Load()
    {
        var questions = new List<(string Question, List<string> Answers)>();
        foreach (var line in File.ReadLines(FilePath))
        {
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (char.IsWhiteSpace(line[0]))
            {
                questions[^1].Answers.Add(line.Trim());
            }
            else
            {
                questions.Add((line.Trim(), []));
            }
        }

        return [.. questions.Select(q => (q.Question, (IReadOnlyList<string>)q.Answers))];
    }

    /// <summary>Where the first answering result is among <paramref name="results"/> (section addresses, in order), or -1.</summary>
    public static int RankOfAnswer(IReadOnlyList<string> answers, IReadOnlyList<string> results) =>
        results.ToList().FindIndex(answers.Contains);

    /// <summary>An address as page and heading id ("" for none).</summary>
    public static (string Path, string Fragment) Split(string address) =>
        address.IndexOf('#', StringComparison.Ordinal) is var at and >= 0 ? (address[..at], address[(at + 1)..]) : (address, string.Empty);
}
