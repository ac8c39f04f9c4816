using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// h2 and h3 get a visible link to themselves so a reader can share one section. The link sits beside the
/// heading, not inside it, so the heading's accessible name stays its own text. Ids are assigned by
/// <see cref="HeadingIds"/> when the document is parsed.
/// </summary>
internal sealed class HeadingAnchorExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<HeadingRenderer>(new AnchoredHeadingRenderer());
        }
    }
}

internal sealed class AnchoredHeadingRenderer : HtmlObjectRenderer<HeadingBlock>, IUsesSiteStrings
{
    public Model.SiteStrings Strings { private get; set; } = Parsing.SiteStringsReader.Shipped;

    private readonly HeadingRenderer _plain = new();

    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var id = heading.TryGetAttributes()?.Id;
        if (heading.Level is not (2 or 3) || id is null)
        {
            _plain.Write(renderer, heading);
            return;
        }

        renderer.EnsureLine();
        renderer.Write(SectionHeadingMarkup.Open);
        _plain.Write(renderer, heading);
        renderer.EnsureLine();
        renderer.WriteLine(SectionHeadingMarkup.LinkAndClose(id, Strings.Format("page.section_link", ("section", HeadingIds.TextOf(heading)))));
    }
}
