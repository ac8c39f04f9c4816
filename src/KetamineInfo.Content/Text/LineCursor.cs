namespace KetamineInfo.Content.Text;

/// <summary>
/// Turns offsets into 1-based line and column, walking forward from the last offset asked for. Asked in
/// order (as regex matches come), it reads the text once, however many offsets there are.
/// </summary>
internal sealed class LineCursor(string text)
{
    private int _offset;
    private int _line = 1;
    private int _lineStart;

    /// <summary>Characters read so far: the work done, which tests hold to a bound.</summary>
    public long Scanned { get; private set; }

    public (int Line, int Column) MoveTo(int index)
    {
        if (index < _offset)
        {
            (_offset, _line, _lineStart) = (0, 1, 0); // asked out of order: start again
        }

        for (; _offset < index; _offset++)
        {
            Scanned++;
            if (text[_offset] == '\n')
            {
                _line++;
                _lineStart = _offset + 1;
            }
        }

        return (_line, index - _lineStart + 1);
    }
}
