using KetamineInfo.Content.Model;
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
        // Each tier's label is in strings/en.yml (body.callout_non_urgent, …): the words are the editors'.
        ["non-urgent"] = "body.callout_non_urgent",
        ["urgent"] = "body.callout_urgent",
        ["emergency"] = "body.callout_emergency",
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

internal sealed class CalloutRenderer : HtmlObjectRenderer<CustomContainer>, IUsesSiteStrings
{
    public SiteStrings Strings { private get; set; } = Parsing.SiteStringsReader.Shipped;

    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        var tier = container.Info?.Trim() ?? string.Empty;
        renderer.EnsureLine();
        if (tier == CalloutExtension.InShort)
        {
            renderer.WriteLine("<section class=\"in-short\" id=\"in-short\" aria-labelledby=\"in-short-heading\">");
            // Shaped like every other section heading, so "In short" can be shared as a link of its own.
            renderer.WriteLine(SectionHeadingMarkup.Of("in-short-heading", Strings["body.in_short"], Strings.Format("page.section_link", ("section", Strings["body.in_short"]))));
            renderer.WriteChildren(container);
            renderer.WriteLine("</section>");
            return;
        }

        if (!CalloutExtension.Labels.ContainsKey(tier))
        {
            // Unknown types are reported by the checker; readers still get the text, unstyled.
            renderer.Write("<div>");
            renderer.WriteChildren(container);
            renderer.WriteLine("</div>");
            return;
        }

        renderer.Write("<div class=\"callout callout-").Write(tier).WriteLine("\" role=\"note\">");
        renderer.Write("<p class=\"callout-label\"><strong>").WriteEscape(Strings[CalloutExtension.Labels[tier]]).WriteLine("</strong></p>");
        renderer.WriteChildren(container);
        renderer.WriteLine("</div>");
    }
}
