using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// "When to get help" boxes in three tiers, written as <c>::: non-urgent</c>, <c>::: urgent</c> and
/// <c>::: emergency</c>. Each starts with a visible label, so the urgency is spelled out in words for
/// everyone, screen reader users included, not carried by colour alone. An article's key facts are one
/// more box, <c>::: in-short</c>, rendered as a labelled section at the top of the body.
/// </summary>
internal sealed class CalloutExtension : IMarkdownExtension
{
    public const string InShort = "in-short";

    /// <summary>The key-facts box, when it is the first thing in the body (the only place it counts), else null.</summary>
    public static CustomContainer? KeyFactsOf(Markdig.Syntax.MarkdownDocument syntax) =>
        syntax.FirstOrDefault(b => b is not Markdig.Extensions.Yaml.YamlFrontMatterBlock) is CustomContainer first
        && first.Info?.Trim() == InShort ? first : null;

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["non-urgent"] = "Not urgent: contact your care team",
        ["urgent"] = "Urgent: get help today",
        ["emergency"] = "Emergency: get help now",
    };

    // Parsing is Markdig's CustomContainerExtension (UseCustomContainers, listed before this one).
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<HtmlCustomContainerRenderer>(new CalloutRenderer());
        }
    }
}

internal sealed class CalloutRenderer : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        var tier = container.Info?.Trim() ?? string.Empty;
        renderer.EnsureLine();
        if (tier == CalloutExtension.InShort)
        {
            renderer.WriteLine("<section class=\"in-short\" id=\"in-short\" aria-labelledby=\"in-short-heading\">");
            // Shaped like every other section heading, so "In short" can be shared as a link of its own.
            renderer.WriteLine("<div class=\"section-heading\"><h2 id=\"in-short-heading\">In short</h2>");
            renderer.WriteLine("<a class=\"heading-link\" href=\"#in-short-heading\" aria-label=\"Link to section: In short\">#</a></div>");
            renderer.WriteChildren(container);
            renderer.WriteLine("</section>");
            return;
        }

        if (!CalloutExtension.Labels.TryGetValue(tier, out var label))
        {
            // Unknown types are reported by the checker; readers still get the text, unstyled.
            renderer.Write("<div>");
            renderer.WriteChildren(container);
            renderer.WriteLine("</div>");
            return;
        }

        renderer.Write("<div class=\"callout callout-").Write(tier).WriteLine("\" role=\"note\">");
        renderer.Write("<p class=\"callout-label\"><strong>").Write(label).WriteLine("</strong></p>");
        renderer.WriteChildren(container);
        renderer.WriteLine("</div>");
    }
}
