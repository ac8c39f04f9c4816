using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// Markdown from outside the page (decision data, shared safety words), parsed with the page's pipeline so its
/// citations and glossary terms work as the page's own; every block placed at the placeholder's line.
/// </summary>
internal sealed class Fragments(MarkdownPipeline pipeline, ProcessingBudget budget, int line)
{
    public int Line => line;

    public void AddTo(ContainerBlock target, string markdown, string? paragraphClass = null)
    {
        // A line of its own: data that starts like front matter or a fence must stay text.
        var parsed = Markdig.Markdown.Parse(markdown, pipeline, ProcessingBudgetExtension.Context(budget));
        budget.Check();
        foreach (var obj in parsed.Descendants())
        {
            obj.Line = line;
        }

        foreach (var block in parsed.ToList())
        {
            parsed.Remove(block);
            if (block is YamlFrontMatterBlock)
            {
                continue;
            }

            if (paragraphClass is not null)
            {
                Markdig.Renderers.Html.HtmlAttributesExtensions.GetAttributes(block).AddClass(paragraphClass);
            }

            target.Add(block);
        }
    }
}
