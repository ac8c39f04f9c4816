using Markdig;

namespace KetamineInfo.Content.Markdown;

/// <summary>The one Markdown pipeline: every syntax editors may use is listed here, and nothing else.</summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseListExtras()
            .Use<CitationExtension>()
            .Use<RecheckExtension>()
            .Use<ChanceExtension>()
            .Use<DecisionExtension>()
            .Use<CertaintyExtension>()
            .Use<HeadingAnchorExtension>()
            .UseCustomContainers()
            .Use<CalloutExtension>()
            .Use<ProcessingBudgetExtension>() // a parse that runs over its time budget is stopped
            .DisableHtml() // raw HTML in Markdown is shown as text, never run
            .Build();
}
