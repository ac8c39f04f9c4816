using System.Text.RegularExpressions;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Markdown;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KetamineInfo.Content.Rules;

/// <summary>
/// KI0205: an article opens with its key facts: one <c>::: in-short</c> box, first in the body, holding a list
/// of 3 to 5 points that answer the page's question — not the summary again, which readers have already seen
/// in the link that brought them here.
/// </summary>
internal sealed class InShortRule : IFileRule
{
    private const int Min = 3;
    private const int Max = 5;

    public IReadOnlyList<DiagnosticCode> Codes => [DiagnosticCodes.InShortMissing];

    public void Check(RuleInput file)
    {
        if (file.Article is not { } metadata)
        {
            return;
        }

        var (syntax, bag) = (file.Document.Syntax, file.Diagnostics);
        var boxes = syntax.Descendants<CustomContainer>().Where(c => c.Info?.Trim() == CalloutExtension.InShort).ToList();
        if (boxes.Count != 1 || !ReferenceEquals(CalloutExtension.KeyFactsOf(syntax), boxes[0]))
        {
            var where = boxes.Count > 1 ? (boxes[1].Line + 1, boxes[1].Column + 1) : (file.Document.BodyLine, 1);
            bag.Add(DiagnosticCodes.InShortMissing, where.Item1, where.Item2,
                boxes.Count > 1 ? "only one '::: in-short' box is allowed" : "start the article with a '::: in-short' box: a list of 3 to 5 key facts");
            return;
        }

        var box = boxes[0];
        var items = box.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()).Count();
        if (box.Count != 1 || box[0] is not ListBlock || items is < Min or > Max)
        {
            bag.Add(DiagnosticCodes.InShortMissing, box.Line + 1, box.Column + 1,
                $"the '::: in-short' box must hold one list of {Min} to {Max} points (it has {items} and {box.Count} blocks)");
            return;
        }

        var text = Words(string.Join(' ', box.Descendants<LiteralInline>().Select(l => l.Content.ToString())));
        var said = Words(metadata.Summary);
        if (said.Length > 0 && text.Contains(said, StringComparison.Ordinal))
        {
            bag.Add(DiagnosticCodes.InShortMissing, box.Line + 1, box.Column + 1,
                "the '::: in-short' box repeats the summary: give the answers instead (what is approved, how well it works, the main risks, what to ask)");
        }
    }

    private static string Words(string text) =>
        string.Join(' ', Regex.Split(text.ToLowerInvariant(), @"[^\p{L}\p{N}]+", RegexOptions.None, TimeSpan.FromSeconds(1)).Where(w => w.Length > 0));
}
