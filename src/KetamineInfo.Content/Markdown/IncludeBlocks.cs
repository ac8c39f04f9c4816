using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// Places words written once in <c>content/shared/NAME.md</c> where a page says <c>~~~include NAME</c>: the
/// emergency signs after a dose, who should not take it, and the like. Safety words that matter this much are
/// kept in one place, so a fix reaches every page at once. Runs at parse time, before the decision blocks.
/// </summary>
internal static class IncludeBlocks
{
    public const string Fence = "include";

    /// <summary>Replaces each placeholder; returns the names placed, in order, for the page's fingerprint.</summary>
    public static IReadOnlyList<string> Apply(MarkdownDocument syntax, SharedTexts shared, MarkdownPipeline pipeline, ProcessingBudget budget, DiagnosticBag bag)
    {
        var placed = new List<string>();
        foreach (var code in syntax.Descendants<FencedCodeBlock>().Where(c => c.Info?.Trim() == Fence).ToList())
        {
            var name = code.Arguments?.Trim() ?? string.Empty;
            var parent = code.Parent!;
            var index = parent.IndexOf(code);
            parent.RemoveAt(index);
            if (shared.Find(name) is not { } text)
            {
                bag.Add(DiagnosticCodes.UnknownInclude, code.Line + 1, 1, name.Length == 0
                    ? $"'~~~include' needs the name of a file in {shared.Where}/: one of {shared.NamesForMessage}"
                    : $"there is no {shared.Where}/{name}.md to include{(Suggest.Closest(name, shared.Names, bag) is { } hint ? $" (did you mean '{hint}'?)" : string.Empty)}: use one of {shared.NamesForMessage}");
                continue;
            }

            var block = new SharedTextBlock(name) { Line = code.Line };
            new Fragments(pipeline, budget, code.Line).AddTo(block, text);
            parent.Insert(index, block);
            placed.Add(name);
        }

        return placed;
    }
}

/// <summary>The blocks of one shared text, in place on a page. Rendered as its children alone.</summary>
internal sealed class SharedTextBlock(string name) : ContainerBlock(null)
{
    public string Name => name;

    public static bool IsInside(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is SharedTextBlock)
            {
                return true;
            }
        }

        return false;
    }
}

internal sealed class SharedTextRenderer : HtmlObjectRenderer<SharedTextBlock>
{
    protected override void Write(HtmlRenderer renderer, SharedTextBlock block) => renderer.WriteChildren(block);
}
