using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// Lets a <see cref="ProcessingBudget"/> stop Markdig mid-parse. Markdig 1.6's link parser is quadratic on
/// some inputs: for each "](" it scans the rest of the paragraph for a closing ")", so 100,000 "[a](" (400 KB)
/// took a minute. Markdig cannot be cancelled, and a parse abandoned on another thread would keep burning a
/// core, so instead a parser with no opening characters (Markdig tries such "global" parsers at every inline
/// step that no other parser took) checks the budget and never matches. Between two checks there is at most
/// one such scan, so an over-budget parse stops within a few milliseconds of its limit.
/// </summary>
internal sealed class ProcessingBudgetExtension : IMarkdownExtension
{
    /// <summary>Carries a parse's budget: <c>Markdown.Parse(text, pipeline, ProcessingBudgetExtension.Context(budget))</c>.</summary>
    public static MarkdownParserContext Context(ProcessingBudget budget)
    {
        var context = new MarkdownParserContext();
        context.Properties[typeof(ProcessingBudget)] = budget;
        return context;
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<BudgetCheck>())
        {
            pipeline.InlineParsers.Insert(0, new BudgetCheck());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private sealed class BudgetCheck : InlineParser
    {
        // No OpeningCharacters: a global parser, tried at every step no character-specific parser took.
        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            if (processor.Context?.Properties.GetValueOrDefault(typeof(ProcessingBudget)) is ProcessingBudget budget)
            {
                budget.Check();
            }

            return false;
        }
    }
}
