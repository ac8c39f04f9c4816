using System.Globalization;
using KetamineInfo.Content.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KetamineInfo.Content.Rules;

/// <summary>
/// KI0121: <c>last_reviewed</c> is older than the latest clinical change in <c>changes</c>. It points at that
/// change, the line the editor wrote and the one to think about.
/// </summary>
internal sealed class ReviewAfterChangeRule : IFileRule
{
    public IReadOnlyList<DiagnosticCode> Codes => [DiagnosticCodes.ReviewOlderThanChange];

    public void Check(RuleInput file)
    {
        if (file.Metadata is not { } metadata
            || metadata.Changes.Where(c => c.Clinical && c.Date > metadata.LastReviewed).OrderByDescending(c => c.Date).FirstOrDefault() is not { } latest)
        {
            return;
        }

        var (line, column) = PositionOf(file, latest.Date);
        file.Diagnostics.Add(DiagnosticCodes.ReviewOlderThanChange, line, column,
            $"this clinical change of {latest.Date:yyyy-MM-dd} is newer than last_reviewed {metadata.LastReviewed:yyyy-MM-dd}: have the page reviewed and set last_reviewed (and next_review) to the review date, or mark the change 'kind: editorial' if it did not change the medical content");
    }

    // The metadata keeps no positions, so find the entry in the front matter: the first one with that date.
    private static (int Line, int Column) PositionOf(RuleInput file, DateOnly date)
    {
        var frontMatter = file.Document.FrontMatter!;
        var wanted = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var entry = (frontMatter.Node("changes") as YamlSequenceNode)?.OfType<YamlMappingNode>()
            .FirstOrDefault(e => e.Children.TryGetValue(new YamlScalarNode("date"), out var d) && (d as YamlScalarNode)?.Value?.Trim() == wanted);
        return entry is null ? (frontMatter.Line, frontMatter.Column) : ((int)entry.Start.Line + frontMatter.LineOffset, (int)entry.Start.Column);
    }
}
