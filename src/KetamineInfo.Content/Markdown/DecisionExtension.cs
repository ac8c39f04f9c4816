using KetamineInfo.Content.Model;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KetamineInfo.Content.Markdown;

/// <summary>A container of the decision aid: a grid, a card, a list of facts. Cards carry <c>data-option</c> with the option's key.</summary>
internal sealed class OptionsBlock(string cssClass, string? option, string element = "div") : ContainerBlock(null)
{
    public string CssClass => cssClass;

    public string? Option => option;

    public string Element => element;

    public string? Id { get; init; }
}

/// <summary>One question and its answer: a <c>dt</c> and a <c>dd</c> holding the answer's blocks.</summary>
internal sealed class OptionFactBlock(string term, string? question) : ContainerBlock(null)
{
    public string Term => term;

    public string? Question => question;
}

/// <summary>Renders the decision aid's blocks (see <see cref="DecisionBlocks"/>).</summary>
internal sealed class DecisionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<OptionsRenderer>())
        {
            html.ObjectRenderers.Insert(0, new OptionsRenderer());
            html.ObjectRenderers.Insert(0, new OptionFactRenderer());
            html.ObjectRenderers.Insert(0, new ValuesExerciseRenderer());
            html.ObjectRenderers.Insert(0, new SharedTextRenderer());
        }
    }
}

internal sealed class OptionsRenderer : HtmlObjectRenderer<OptionsBlock>
{
    protected override void Write(HtmlRenderer renderer, OptionsBlock block)
    {
        renderer.EnsureLine();
        renderer.Write('<').Write(block.Element).Write(" class=\"").Write(block.CssClass).Write('"');
        if (block.Id is { } id)
        {
            renderer.Write(" id=\"").WriteEscape(id).Write('"');
        }

        if (block.Option is { } option)
        {
            renderer.Write(" data-option=\"").WriteEscape(option).Write('"');
            if (block.OfType<HeadingBlock>().FirstOrDefault()?.TryGetAttributes()?.Id is { } heading)
            {
                renderer.Write(" aria-labelledby=\"").WriteEscape(heading).Write('"');
            }
        }

        renderer.WriteLine(">");
        renderer.WriteChildren(block);
        renderer.EnsureLine();
        renderer.Write("</").Write(block.Element).WriteLine(">");
    }
}

internal sealed class OptionFactRenderer : HtmlObjectRenderer<OptionFactBlock>
{
    protected override void Write(HtmlRenderer renderer, OptionFactBlock fact)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"fact\"");
        if (fact.Question is { } question)
        {
            renderer.Write(" data-question=\"").WriteEscape(question).Write('"');
        }

        renderer.Write("><dt>").WriteEscape(fact.Term).WriteLine("</dt><dd>");
        renderer.WriteChildren(fact);
        renderer.EnsureLine();
        renderer.WriteLine("</dd></div>");
    }
}
