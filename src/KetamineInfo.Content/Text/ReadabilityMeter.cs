using System.Text;
using KetamineInfo.Content.Markdown;
using KetamineInfo.Content.Model;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KetamineInfo.Content.Text;

/// <summary>
/// Measures the reading grade of a body (Flesch–Kincaid) from its prose: paragraphs and list items, not
/// headings, tables, code or citation markers. Also yields the plain text that search indexes.
/// </summary>
internal static class ReadabilityMeter
{
    public static (string PlainText, TextStatistics Statistics) Measure(MarkdownDocument document, int citations)
    {
        var text = new StringBuilder();
        int words = 0, sentences = 0, syllables = 0;
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (paragraph.Inline is null || IsInTable(paragraph))
            {
                continue;
            }

            var prose = ProseOf(paragraph.Inline);
            if (prose.Length == 0)
            {
                continue;
            }

            text.Append(prose).Append("\n\n");
            var counts = Count(prose);
            words += counts.Words;
            sentences += counts.Sentences;
            syllables += counts.Syllables;
        }

        return (text.ToString().TrimEnd(), new TextStatistics(words, sentences, syllables, citations));
    }

    /// <summary>Words, sentences and syllables of one paragraph; a paragraph always ends a sentence.</summary>
    internal static (int Words, int Sentences, int Syllables) Count(string prose)
    {
        int words = 0, sentences = 0, syllables = 0;
        var endsSentence = false;
        foreach (var token in prose.Split((char[])[' ', '\n', '\t', '\u00a0', '—', '–', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.Trim('(', ')', '"', '“', '”', '‘', '’', '\'', ',', ';', ':', '.', '!', '?', '*');
            if (word.Any(char.IsLetterOrDigit))
            {
                words++;
                syllables += Syllables.Count(word);
                endsSentence = false;
            }

            if (token.TrimEnd(')', '"', '”', '’', '\'').EndsWith('.') || token.EndsWith('!') || token.EndsWith('?'))
            {
                sentences++;
                endsSentence = true;
            }
        }

        if (words > 0 && !endsSentence)
        {
            sentences++;
        }

        return (words, sentences, syllables);
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

    private static string ProseOf(ContainerInline container)
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
