using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KetamineInfo.Content.Markdown;

/// <summary>Places a custom inline at the text it was parsed from, so diagnostics can name its line and column.</summary>
internal static class InlineSource
{
    /// <summary>Sets the inline's span and position from <paramref name="start"/>..<paramref name="end"/> (inclusive) and makes it the parsed inline.</summary>
    public static void Emit(this InlineProcessor processor, LeafInline inline, int start, int end)
    {
        inline.Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end));
        inline.Line = line;
        inline.Column = column;
        processor.Inline = inline;
    }
}
