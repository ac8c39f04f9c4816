using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// Parses an editors' marker written <c>{keyword rest}</c> on one line (<c>{recheck 2026-12-31}</c>,
/// <c>{certainty low the Cochrane review, 2021}</c>) into the inline <see cref="Create"/> makes of the rest.
/// Anything else that starts with <c>{</c> is left as text.
/// </summary>
internal abstract class BraceMarkerParser : InlineParser
{
    private readonly string _opening;
    private readonly int _maxLength;

    protected BraceMarkerParser(string keyword, int maxLength)
    {
        _opening = "{" + keyword + " ";
        _maxLength = maxLength;
        OpeningCharacters = ['{'];
    }

    /// <summary>The inline for a marker: <paramref name="inner"/> is what follows the keyword, trimmed; <paramref name="source"/> the whole marker.</summary>
    protected abstract LeafInline Create(string inner, string source);

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        if (string.CompareOrdinal(text, slice.Start, _opening, 0, _opening.Length) != 0)
        {
            return false;
        }

        var close = text.IndexOf('}', slice.Start, Math.Min(_maxLength, slice.End - slice.Start + 1));
        if (close < 0)
        {
            return false;
        }

        var start = slice.Start;
        processor.Emit(Create(text[(start + _opening.Length)..close].Trim(), text[start..(close + 1)]), start, close);
        slice.Start = close + 1;
        return true;
    }
}
