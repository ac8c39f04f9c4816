using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;

namespace KetamineInfo.Content.Rules;

/// <summary>
/// KI0201: a reference in references.yml that no article or page cites. It runs once over the whole load,
/// after every file; a broken file's citations count, and so do those of the last good version served for it.
/// </summary>
internal sealed class UncitedReferenceRule : IContentRule
{
    public IReadOnlyList<DiagnosticCode> Codes => [DiagnosticCodes.UncitedReference];

    public static IEnumerable<Diagnostic> Check(IReadOnlyDictionary<string, Reference> references, IEnumerable<RenderedBody> bodies, string referencesPath)
    {
        var cited = bodies.SelectMany(b => b.Sources).Select(s => s.Reference.Key).ToHashSet(StringComparer.Ordinal);
        return references.Keys.Where(k => !cited.Contains(k)).Select(key =>
            Diagnostic.Create(DiagnosticCodes.UncitedReference, SourceLocation.StartOf(referencesPath), $"reference '{key}' is not cited by any article"));
    }
}
