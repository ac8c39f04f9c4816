using System.Globalization;
using System.Text;

namespace KetamineInfo.Content.Diagnostics;

/// <summary>Text from content (file names, quoted words) made safe to print as one line to a terminal or log.</summary>
public static class TerminalText
{
    /// <summary>
    /// Writes control and invisible format characters as escapes (<c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\u001B</c>),
    /// so a file name cannot end its line and forge another, colour or rewind the terminal (ANSI escapes, the C1
    /// CSI), or reorder what is shown (bidi overrides). Backslashes are left alone: Windows paths stay readable,
    /// and a literal <c>\n</c> in a name is only ambiguous, never a second line. Linear in the text's length.
    /// </summary>
    public static string Escape(string text)
    {
        if (!NeedsEscape(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsUnsafe(rune))
            {
                builder.Append(rune.ToString());
                continue;
            }

            builder.Append(rune.Value switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                <= 0xFFFF => string.Create(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"\\U{rune.Value:X8}"),
            });
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsUnsafe(rune))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnsafe(Rune rune) =>
        Rune.IsControl(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
