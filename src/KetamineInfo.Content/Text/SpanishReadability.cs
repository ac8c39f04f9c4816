using KetamineInfo.Content.Model;

namespace KetamineInfo.Content.Text;

/// <summary>
/// Measures the perspicuity (INFLESZ) of a Spanish body from its plain text — the prose paragraphs the English meter
/// reads (tables, citations and code left out), one blank line apart — counting syllables the Spanish way.
/// </summary>
public static class SpanishReadability
{
    public static Perspicuity Measure(string plainText)
    {
        int words = 0, sentences = 0, syllables = 0;
        foreach (var paragraph in plainText.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var counts = ReadabilityMeter.Count(paragraph, SpanishSyllables.Count);
            words += counts.Words;
            sentences += counts.Sentences;
            syllables += counts.Syllables;
        }

        return new Perspicuity(words, sentences, syllables);
    }
}
