using KetamineInfo.Content.Markdown;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Parsing;
using KetamineInfo.Content.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace KetamineInfo.Content.Rendering;

/// <summary>Second pass over a parsed document: number citations, resolve links, link glossary terms, render HTML.</summary>
internal sealed class BodyRenderer(MarkdownPipeline pipeline, SiteStrings? words = null)
{
    public RenderedBody Render(SourceDocument document, RenderContext context, ProcessingBudget budget, bool linkGlossary = true)
    {
        var syntax = document.Syntax;
        var bag = document.Diagnostics;
        var (sources, markers) = CitationNumbering.Apply(syntax, context.References, bag);
        LinkRewriter.Apply(syntax, context.Links, context.SiteFileExists, document.Headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal), bag);
        budget.Check();
        IReadOnlyList<GlossaryTerm> terms = linkGlossary ? GlossaryLinker.Apply(syntax, context.Glossary) : [];

        TableLabels.Apply(syntax);
        var (plainText, statistics) = ReadabilityMeter.Measure(Prose.ParagraphsOf(syntax), markers);
        budget.Check();

        var keyFacts = CalloutExtension.KeyFactsOf(syntax);
        var html = RenderHtml(syntax.Where(b => b != keyFacts));
        budget.Check();
        return new RenderedBody(html, document.Headings, sources, plainText, statistics, keyFacts is null ? null : RenderHtml([keyFacts]))
        {
            DatedFacts = [.. RecheckExtension.MarkersOf(syntax).Where(m => m.Date is not null).Select(m => new DatedFact(m.Date!.Value, m.Line + 1, m.Column + 1))],
            HasValuesExercise = syntax.Descendants<ValuesExerciseBlock>().Any(),
            GlossaryTerms = terms,
            Sections = BodySections.Of(syntax),
        };
    }

    private string RenderHtml(IEnumerable<Block> blocks)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        foreach (var wordy in renderer.ObjectRenderers.OfType<IUsesSiteStrings>())
        {
            wordy.Strings = words ?? Parsing.SiteStringsReader.Shipped;
        }

        foreach (var block in blocks)
        {
            renderer.Render(block);
        }

        writer.Flush();
        return writer.ToString();
    }
}
