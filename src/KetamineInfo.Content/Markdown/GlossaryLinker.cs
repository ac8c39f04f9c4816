using KetamineInfo.Content.Model;
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
    /// <summary>Links the first use of each term; returns the terms linked, in order, whose definitions the page now shows.</summary>
    public static IReadOnlyList<GlossaryTerm> Apply(MarkdownDocument document, GlossaryMatcher matcher)
    {
        var linked = new HashSet<string>(StringComparer.Ordinal);
        var shown = new List<GlossaryTerm>();
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
                    LinkTerms(literal, matcher, linked, shown);
                }
            }
        }

        return shown.AsReadOnly();
    }

    private static void LinkTerms(LiteralInline literal, GlossaryMatcher matcher, HashSet<string> linked, List<GlossaryTerm> shown)
    {
        var text = literal.Content.ToString();
        if (matcher.FindFirst(text, 0, linked) is not var (index, length, term))
        {
            return;
        }

        linked.Add(term.Id);
        shown.Add(term);
        var link = new LinkInline(SitePaths.GlossaryTerm(term.Id, matcher.Language), string.Empty);
        link.GetAttributes().AddClass("term");
        link.GetAttributes().AddProperty("data-definition", term.Definition);
        link.AppendChild(new LiteralInline(text.Substring(index, length)));

        var after = new LiteralInline(text[(index + length)..]);
        literal.Content = new Markdig.Helpers.StringSlice(text[..index]);
        literal.InsertAfter(link);
        link.InsertAfter(after);

        // The rest of the literal may hold other terms.
        LinkTerms(after, matcher, linked, shown);
    }
}
