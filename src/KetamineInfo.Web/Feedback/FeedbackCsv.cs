using System.Globalization;
using System.Text;

namespace KetamineInfo.Web.Feedback;

/// <summary>
/// Every entry as CSV (RFC 4180: a header row, every field quoted, quotes doubled, CRLF between rows). A cell that
/// a spreadsheet would read as a formula (starting with = + - @, or a tab or carriage return) gets a leading
/// single quote, because readers write the text and editors open the file in Excel.
/// </summary>
public static class FeedbackCsv
{
    public const string Header = "page,title,content_version,kind,useful,text,hour_utc";

    /// <summary>Every entry; <paramref name="titleOf"/> gives a page's title by its stored key (empty for a page no longer there).</summary>
    public static void Write(TextWriter output, IEnumerable<FeedbackEntry> entries, Func<string, string?>? titleOf = null)
    {
        output.Write(Header + "\r\n");
        foreach (var e in entries)
        {
            output.Write(string.Join(',',
                Cell(e.Article),
                Cell(titleOf?.Invoke(e.Article) ?? string.Empty),
                Cell(e.ContentVersion),
                Cell(FeedbackEntry.KindName(e.Kind)),
                Cell(e.Useful switch { true => "yes", false => "no", null => string.Empty }),
                Cell(e.Text ?? string.Empty),
                Cell(e.Hour.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture))));
            output.Write("\r\n");
        }
    }

    /// <summary>Writes the file as UTF-8 with a byte order mark, which Excel needs to read anything but ASCII.</summary>
    public static void WriteFile(string path, IEnumerable<FeedbackEntry> entries, Func<string, string?>? titleOf = null)
    {
        using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Write(file, entries, titleOf);
    }

    public static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
