using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Rules;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

public sealed class DiagnosticCodeTests
{
    private const string Header = "| Code | Kind | Meaning | Example | Reported by |";

    [Fact]
    public void Codes_AreUnique() =>
        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(c => c.Id).Distinct().Count());

    [Fact]
    public void EveryCode_HasAnOwner_AndEveryRuleCode_IsListed()
    {
        Assert.All(DiagnosticCodes.All, code => Assert.NotEmpty(ContentRules.OwnersOf(code)));
        Assert.All(ContentRules.All.SelectMany(r => r.Codes), code => Assert.Contains(code, DiagnosticCodes.All));
    }

    /// <summary>
    /// README's table of codes is made from <see cref="DiagnosticCodes.All"/> and the rule list. To update it
    /// after changing a code or a rule: <c>UPDATE_README=1 dotnet test tests/KetamineInfo.Content.Tests --filter ReadmeCodeTable</c>.
    /// </summary>
    [Fact]
    public void ReadmeCodeTable_IsMadeFromTheCode()
    {
        var path = Path.Combine(Repository.Root, "README.md");
        var readme = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("| Code | Kind |", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no table starting '| Code | Kind |' under '### Diagnostic codes'");
        var end = readme.IndexOf("\n\n", start, StringComparison.Ordinal) is var e and >= 0 ? e + 1 : readme.Length;
        var actual = readme[start..end];
        var expected = Table();
        if (actual == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("UPDATE_README") == "1")
        {
            File.WriteAllText(path, readme[..start] + expected + readme[end..]);
            return;
        }

        var (want, have) = (expected.Split('\n'), actual.Split('\n'));
        var line = Enumerable.Range(0, Math.Max(want.Length, have.Length)).First(i => i >= want.Length || i >= have.Length || want[i] != have[i]);
        Assert.Fail($"""
            README.md's table of diagnostic codes differs from the code (row {line + 1}).
              README:   {(line < have.Length ? have[line] : "(nothing)")}
              expected: {(line < want.Length ? want[line] : "(nothing)")}
            The code is the source: run UPDATE_README=1 dotnet test tests/KetamineInfo.Content.Tests --filter ReadmeCodeTable
            """);
    }

    private static string Table() =>
        string.Concat(
            new[] { Header, "|---|---|---|---|---|" }.Concat(DiagnosticCodes.All.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c =>
                $"| {c.Id} | {(c.Severity == DiagnosticSeverity.Error ? "error" : "warning")} | {c.Meaning} | `{c.Example}` | {string.Join(", ", ContentRules.OwnersOf(c).Distinct())} |"))
            .Select(l => l + "\n"));
}
