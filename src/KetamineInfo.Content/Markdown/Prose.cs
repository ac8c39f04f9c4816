using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// The prose of a body as plain text, one string a paragraph (list items included): what a reader reads
/// straight through. Headings, tables, code and citation markers are left out.
/// </summary>
internal static class Prose
{
    public static IEnumerable<string> ParagraphsOf(MarkdownDocument document)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (paragraph.Inline is null || IsInTable(paragraph))
            {
                continue;
            }

            var prose = TextOf(paragraph.Inline);
            if (prose.Length > 0)
            {
                yield return prose;
            }
        }
    }

    private static bool IsInTable(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is Table)
            {
                return true;
            }
        }

        return false;
    }

    public static string TextOf(ContainerInline container)
    {
        var builder = new StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case CodeInline:
                case CitationInline:
                    break;
            }
        }

        return builder.ToString().Trim();
    }
}
