using System.Globalization;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// <c>{recheck 2026-12-31}</c> after a sentence marks it as going stale on that day (a rule that ends, a price
/// for one year). Readers never see the marker; <c>check</c> warns 60 days ahead and after the day, and the
/// review calendar lists it (<c>Rules/DatedFactRule</c>). A date never takes a page down.
/// </summary>
internal sealed class RecheckExtension : InlineSyntaxExtension<RecheckInlineParser, RecheckRenderer>
{
    /// <summary>Every marker in a body, in order; <see cref="RecheckInline.Date"/> is null for a date that does not parse.</summary>
    public static IEnumerable<RecheckInline> MarkersOf(MarkdownDocument document) => document.Descendants<RecheckInline>();
}

/// <summary>A <c>{recheck YYYY-MM-DD}</c> marker.</summary>
internal sealed class RecheckInline : LeafInline
{
    public required string Source { get; init; }

    public DateOnly? Date { get; init; }
}

internal sealed class RecheckInlineParser() : BraceMarkerParser("recheck", 40)
{
    protected override LeafInline Create(string inner, string source) => new RecheckInline
    {
        Source = source,
        Date = DateOnly.TryParseExact(inner, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
    };
}

/// <summary>Writes nothing: the marker is for editors.</summary>
internal sealed class RecheckRenderer : HtmlObjectRenderer<RecheckInline>
{
    protected override void Write(HtmlRenderer renderer, RecheckInline obj)
    {
    }
}
