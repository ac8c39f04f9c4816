using KetamineInfo.Content.Markdown;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Text;
using Markdig;
using Markdig.Renderers;

namespace KetamineInfo.Content.Documents;

/// <summary>Second pass over a parsed document: number citations, resolve links, link glossary terms, render HTML.</summary>
internal sealed class BodyRenderer(MarkdownPipeline pipeline)
{
    public RenderedBody Render(SourceDocument document, RenderContext context, bool linkGlossary = true)
    {
        var syntax = document.Syntax;
        var bag = document.Diagnostics;
        var (sources, markers) = CitationNumbering.Apply(syntax, context.References, bag);
        LinkRewriter.Apply(syntax, context.Links, context.SiteFileExists, document.Headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal), bag);
        if (linkGlossary)
        {
            GlossaryLinker.Apply(syntax, context.Glossary);
        }

        TableLabels.Apply(syntax);
        ContentRules.CheckCallouts(syntax, bag);
        var (plainText, statistics) = ReadabilityMeter.Measure(syntax, markers);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(syntax);
        writer.Flush();
        return new RenderedBody(writer.ToString(), document.Headings, sources, plainText, statistics);
    }
}
