namespace KetamineInfo.Content.Text;

/// <summary>
/// English syllable estimate: vowel groups, less a silent final "e" and the "-ed"/"-es" endings that
/// add no sound. Good to within a syllable on most words, which is what a grade estimate needs.
/// </summary>
internal static class Syllables
{
    public static int Count(string word)
    {
        if (word.Any(char.IsDigit))
        {
            return 1;
        }

        var w = new string(word.ToLowerInvariant().Where(char.IsAsciiLetterLower).ToArray());
        if (w.Length <= 3)
        {
            return 1;
        }

        if (w.EndsWith("es", StringComparison.Ordinal) && !w.EndsWith("ses", StringComparison.Ordinal) && !w.EndsWith("zes", StringComparison.Ordinal)
            && !w.EndsWith("ces", StringComparison.Ordinal) && !w.EndsWith("ges", StringComparison.Ordinal) && !w.EndsWith("xes", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("ted", StringComparison.Ordinal) && !w.EndsWith("ded", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        var count = 0;
        var previousVowel = false;
        foreach (var c in w)
        {
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            if (vowel && !previousVowel)
            {
                count++;
            }

            previousVowel = vowel;
        }

        return Math.Max(1, count);
    }
}
