using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// <c>[@KEY]</c> and <c>[@KEY1; @KEY2]</c> become numbered superscript links to the article's Sources list.
/// Numbers are assigned after parsing (<see cref="CitationNumbering"/>), in order of first citation.
/// </summary>
internal sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationInlineParser>())
        {
            // Before the link parser, which would otherwise take the '['.
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CitationRenderer>())
        {
            html.ObjectRenderers.Insert(0, new CitationRenderer());
        }
    }
}

/// <summary>A citation marker; <see cref="Targets"/> is filled in when the article is numbered.</summary>
internal sealed class CitationInline : LeafInline
{
    public required IReadOnlyList<string> Keys { get; init; }

    /// <summary>The raw text, for a diagnostic when a key is malformed.</summary>
    public required string Source { get; init; }

    public bool IsMalformed { get; init; }

    public IReadOnlyList<CitationTarget> Targets { get; set; } = [];
}

/// <summary>Where one key of a citation points: its number, and an id if this is its first citation.</summary>
internal sealed record CitationTarget(int Number, string? AnchorId);

internal sealed class CitationInlineParser : InlineParser
{
    private const int MaxLength = 400;

    public CitationInlineParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '@')
        {
            return false;
        }

        var text = slice.Text;
        var close = text.IndexOf(']', slice.Start, Math.Min(MaxLength, slice.End - slice.Start + 1));
        if (close < 0 || text.IndexOf('\n', slice.Start, close - slice.Start) >= 0)
        {
            return false;
        }

        var inner = text[(slice.Start + 1)..close];
        var parts = inner.Split([';', ','], StringSplitOptions.TrimEntries);
        var keys = parts.Select(p => p.StartsWith('@') ? p[1..] : string.Empty).ToList();
        var start = slice.Start;
        processor.Emit(new CitationInline
        {
            Keys = keys,
            Source = text[start..(close + 1)],
            IsMalformed = keys.Exists(k => k.Length == 0 || !k.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')),
        }, start, close);
        slice.Start = close + 1;
        return true;
    }
}

internal sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        if (citation.Targets.Count == 0)
        {
            renderer.WriteEscape(citation.Source);
            return;
        }

        renderer.Write("<sup class=\"citation\">");
        for (var i = 0; i < citation.Targets.Count; i++)
        {
            var target = citation.Targets[i];
            if (i > 0)
            {
                renderer.Write("<span class=\"citation-separator\">,</span>");
            }

            var number = target.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            renderer.Write("<a href=\"#ref-").Write(number).Write('"');
            if (target.AnchorId is not null)
            {
                renderer.Write(" id=\"").Write(target.AnchorId).Write('"');
            }

            renderer.Write(" aria-label=\"Source ").Write(number).Write("\">").Write(number).Write("</a>");
        }

        renderer.Write("</sup>");
    }
}
