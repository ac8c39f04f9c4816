using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

public sealed class DiagnosticCodeTests
{
    [Fact]
    public void Codes_AreUnique() =>
        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(c => c.Id).Distinct().Count());

    [Fact]
    public void EveryCode_IsDocumentedInTheReadmeEditorGuide()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

        Assert.All(DiagnosticCodes.All, code => Assert.Contains($"| {code.Id} | {(code.Severity == DiagnosticSeverity.Error ? "error" : "warning")} |", readme, StringComparison.Ordinal));
    }
}
