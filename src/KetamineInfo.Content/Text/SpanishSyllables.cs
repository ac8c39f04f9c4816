namespace KetamineInfo.Content.Text;

/// <summary>
/// Spanish syllables, counted as vowel nuclei: a diphthong or triphthong (a weak vowel i/u next to another vowel) is one
/// nucleus, two strong vowels (a/e/o) are two, and an accented weak vowel (í, ú) counts as strong, so it breaks a
/// diphthong ("dí-a"). The u of "que", "qui", "gue", "gui" is silent; "ü" is sounded; a final y after a vowel ("hoy",
/// "buey") is a weak vowel, and "y" alone is a word of one syllable. Spelling is regular enough for this to be exact on
/// almost every word, which a perspicuity figure needs.
/// </summary>
internal static class SpanishSyllables
{
    private enum Vowel
    {
        None,
        Weak,
        Strong,
    }

    public static int Count(string word)
    {
        if (word.Any(char.IsDigit))
        {
            return 1;
        }

        var w = word.ToLowerInvariant();
        var count = 0;
        var nucleusHasStrong = false;
        var inNucleus = false;
        for (var i = 0; i < w.Length; i++)
        {
            var vowel = Classify(w, i);
            if (vowel == Vowel.None)
            {
                inNucleus = false;
                continue;
            }

            // A second strong vowel cannot share a nucleus: "a-é-re-o", "pa-ís".
            if (!inNucleus || (vowel == Vowel.Strong && nucleusHasStrong))
            {
                count++;
                nucleusHasStrong = false;
            }

            inNucleus = true;
            nucleusHasStrong |= vowel == Vowel.Strong;
        }

        return Math.Max(1, count);
    }

    private static Vowel Classify(string w, int i) => w[i] switch
    {
        'a' or 'e' or 'o' or 'á' or 'é' or 'ó' or 'í' or 'ú' => Vowel.Strong,
        'i' or 'ü' => Vowel.Weak,
        'u' => SilentU(w, i) ? Vowel.None : Vowel.Weak,
        // y is a vowel alone or at the end of a word after a vowel ("hoy", "muy"); elsewhere it is a consonant ("ayer").
        'y' => w.Length == 1 || (i == w.Length - 1 && i > 0 && Classify(w, i - 1) != Vowel.None) ? Vowel.Weak : Vowel.None,
        _ => Vowel.None,
    };

    /// <summary>The u of qu and gu before e or i is spelling, not sound ("que", "guerra"); before a, o it is sounded ("agua").</summary>
    private static bool SilentU(string w, int i) =>
        i > 0 && w[i - 1] is 'q' or 'g' && i + 1 < w.Length && w[i + 1] is 'e' or 'i' or 'é' or 'í';
}
