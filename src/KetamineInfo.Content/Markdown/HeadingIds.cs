using System.Text;
using KetamineInfo.Content.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KetamineInfo.Content.Markdown;

/// <summary>Gives every heading a stable id made from its text, unique within the document.</summary>
internal static class HeadingIds
{
    /// <summary>Ids the page templates use around the body; a heading never takes one of them.</summary>
    public static readonly IReadOnlySet<string> Reserved =
        new HashSet<string>(["main", "in-short", "in-short-heading", "on-this-page", "sources", "sources-heading", "crisis-help", "clinician-notice", "search"], StringComparer.Ordinal);

    public static IReadOnlyList<Heading> Assign(MarkdownDocument document) => Assign(document, new UniqueIds(Reserved));

    /// <summary>As <see cref="Assign(MarkdownDocument)"/>, with the id source given, so a test can count its work.</summary>
    internal static IReadOnlyList<Heading> Assign(MarkdownDocument document, UniqueIds ids)
    {
        var headings = new List<Heading>();
        foreach (var block in document.Descendants<HeadingBlock>())
        {
            var text = TextOf(block);
            var id = ids.Take(Slug.FromText(text) is { Length: > 0 } slug ? slug : "section");
            block.GetAttributes().Id = id;
            if (block.Level is 2 or 3)
            {
                headings.Add(new Heading(block.Level, text, id));
            }
        }

        return headings.AsReadOnly();
    }

    /// <summary>The heading as plain text, without citation markers.</summary>
    public static string TextOf(HeadingBlock heading)
    {
        var builder = new StringBuilder();
        if (heading.Inline is not null)
        {
            foreach (var inline in heading.Inline.Descendants<Inline>())
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        builder.Append(literal.Content.AsSpan());
                        break;
                    case CodeInline code:
                        builder.Append(code.Content);
                        break;
                    case LineBreakInline:
                        builder.Append(' ');
                        break;
                }
            }
        }

        return builder.ToString().Trim();
    }
}
