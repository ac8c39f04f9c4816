using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// An inline syntax of our own (<c>{certainty …}</c>, <c>{recheck …}</c>): its parser goes first, before Markdig's
/// own inline parsers, and its HTML renderer first among the renderers; each is added once, however often the
/// extension is set up.
/// </summary>
internal abstract class InlineSyntaxExtension<TParser, TRenderer> : IMarkdownExtension
    where TParser : InlineParser, new()
    where TRenderer : class, IMarkdownObjectRenderer, new()
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<TParser>())
        {
            pipeline.InlineParsers.Insert(0, new TParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<TRenderer>())
        {
            html.ObjectRenderers.Insert(0, new TRenderer());
        }
    }
}
