using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// Links the first use of each glossary term in a body to its definition on /glossary. A plain link works
/// without JavaScript; the script shows the definition in place when it can.
/// </summary>
internal static class GlossaryLinker
{
    public static void Apply(MarkdownDocument document, GlossaryMatcher matcher)
    {
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (paragraph.Inline is null)
            {
                continue;
            }

            foreach (var literal in paragraph.Inline.Descendants<LiteralInline>().ToList())
            {
                if (literal.FirstParentOfType<LinkInline>() is null)
                {
                    LinkTerms(literal, matcher, linked);
                }
            }
        }
    }

    private static void LinkTerms(LiteralInline literal, GlossaryMatcher matcher, HashSet<string> linked)
    {
        var text = literal.Content.ToString();
        if (matcher.FindFirst(text, 0, linked) is not var (index, length, term))
        {
            return;
        }

        linked.Add(term.Id);
        var link = new LinkInline($"/glossary#{term.Id}", string.Empty);
        link.GetAttributes().AddClass("term");
        link.GetAttributes().AddProperty("data-definition", term.Definition);
        link.AppendChild(new LiteralInline(text.Substring(index, length)));

        var after = new LiteralInline(text[(index + length)..]);
        literal.Content = new Markdig.Helpers.StringSlice(text[..index]);
        literal.InsertAfter(link);
        link.InsertAfter(after);

        // The rest of the literal may hold other terms.
        LinkTerms(after, matcher, linked);
    }
}
