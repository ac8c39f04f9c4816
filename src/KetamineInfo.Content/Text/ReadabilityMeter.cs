using System.Text;
using KetamineInfo.Content.Model;

namespace KetamineInfo.Content.Text;

/// <summary>
/// Measures the reading grade of a body (Flesch–Kincaid) from its prose, given as plain-text paragraphs
/// (<c>Markdown.Prose</c> takes them from the syntax tree). Also yields the plain text that search indexes.
/// </summary>
internal static class ReadabilityMeter
{
    public static (string PlainText, TextStatistics Statistics) Measure(IEnumerable<string> paragraphs, int citations)
    {
        var text = new StringBuilder();
        int words = 0, sentences = 0, syllables = 0;
        foreach (var prose in paragraphs)
        {
            text.Append(prose).Append("\n\n");
            var counts = Count(prose);
            words += counts.Words;
            sentences += counts.Sentences;
            syllables += counts.Syllables;
        }

        return (text.ToString().TrimEnd(), new TextStatistics(words, sentences, syllables, citations));
    }

    /// <summary>Words, sentences and syllables of one paragraph; a paragraph always ends a sentence.</summary>
    internal static (int Words, int Sentences, int Syllables) Count(string prose) => Count(prose, Syllables.Count);

    /// <summary>As <see cref="Count(string)"/>, with the syllables of each word counted by <paramref name="syllablesOf"/> (a language's own rules).</summary>
    internal static (int Words, int Sentences, int Syllables) Count(string prose, Func<string, int> syllablesOf)
    {
        int words = 0, sentences = 0, syllables = 0;
        var endsSentence = false;
        foreach (var token in prose.Split((char[])[' ', '\n', '\t', '\u00a0', '—', '–', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.Trim('(', ')', '"', '“', '”', '‘', '’', '\'', ',', ';', ':', '.', '!', '?', '*');
            if (word.Any(char.IsLetterOrDigit))
            {
                words++;
                syllables += syllablesOf(word);
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
}
