using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// Gives each table cell a <c>data-label</c> with its column heading, so that on a phone the stylesheet can
/// show each row as a small card ("IV ketamine: Off-label") instead of a table too wide for the screen.
/// </summary>
internal static class TableLabels
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            var rows = table.OfType<TableRow>().ToList();
            var header = rows.FirstOrDefault(r => r.IsHeader);
            if (header is null)
            {
                continue;
            }

            var labels = header.OfType<TableCell>().Select(TextOf).ToList();
            foreach (var row in rows.Where(r => !r.IsHeader))
            {
                foreach (var (cell, index) in row.OfType<TableCell>().Select((c, i) => (c, i)))
                {
                    if (index < labels.Count && labels[index].Length > 0)
                    {
                        cell.GetAttributes().AddProperty("data-label", labels[index]);
                    }
                }
            }
        }
    }

    private static string TextOf(TableCell cell)
    {
        var text = new StringBuilder();
        foreach (var paragraph in cell.Descendants<ParagraphBlock>())
        {
            foreach (var literal in paragraph.Inline?.Descendants<LiteralInline>() ?? [])
            {
                text.Append(literal.Content.AsSpan());
            }
        }

        return text.ToString().Trim();
    }
}
