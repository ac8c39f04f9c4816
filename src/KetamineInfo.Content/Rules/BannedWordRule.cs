using System.Text.RegularExpressions;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Text;

namespace KetamineInfo.Content.Rules;

/// <summary>
/// KI0112: words the site never uses (site.yml's <c>banned_words</c>), anywhere in the file, front matter
/// included. Pages are always checked; an article once its front matter reads. A word plainly negated just before
/// it ("is not a cure", "no miracle", "never guaranteed") is an honest use and passes; "cures depression" does not.
/// </summary>
internal sealed partial class BannedWordRule : IFileRule
{
    public IReadOnlyList<DiagnosticCode> Codes => [DiagnosticCodes.BannedWord];

    /// <summary>One pattern for the whole banned list (built once per load): whole words, any case, phrases across spaces.</summary>
    public static Regex? Pattern(IReadOnlyList<string> bannedWords)
    {
        if (bannedWords.Count == 0)
        {
            return null;
        }

        var phrases = bannedWords.Select(w => string.Join(@"\s+", w.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)));
        return new Regex($@"(?<![\w-])(?:{string.Join('|', phrases)})(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public void Check(RuleInput file)
    {
        // A translation is held to its own language's list (es/site.yml), with that language's negations.
        var language = (file.Metadata as Model.TranslationMetadata)?.Language;
        var pattern = language is null ? file.Settings.BannedWords : file.Settings.TranslatedBannedWords.GetValueOrDefault(language);
        if (pattern is null || (language is null && !file.IsPage && file.Article is null))
        {
            return;
        }

        var negated = language == "es" ? SpanishNegated() : Negated();
        var listedIn = language is null ? "site.yml" : $"{language}/site.yml";

        // One cursor for all matches: finding each match's line from the top made 50,000 matches in a
        // 400 KB file cost 28 s.
        var text = file.Document.Text;
        var cursor = new LineCursor(text);
        foreach (Match match in pattern.Matches(text))
        {
            if (negated.IsMatch(text.AsSpan(Math.Max(0, match.Index - 24), Math.Min(24, match.Index))))
            {
                continue;
            }

            var (line, column) = cursor.MoveTo(match.Index);
            file.Diagnostics.Add(DiagnosticCodes.BannedWord, line, column,
                $"'{match.Value}' is on the banned list in {listedIn}: say what the evidence shows instead (a plain negation just before it, like 'not a cure' or 'no es una cura', is allowed)");
        }
    }

    // The words just before a match: a negation, then at most "a", "an" or "the" (so "not a cure" and "no
    // miracle" pass, but "not only a cure" and "cures" with no negation do not).
    [GeneratedRegex(@"\b(not|no|never|isn't|aren't|is\s+not|are\s+not)\s+(?:(?:a|an|the)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negated();

    // "no es una cura", "ningún milagro", "nunca garantizado", "sin garantía".
    [GeneratedRegex(@"(?<![\w-])(no|nunca|ni|sin|ningún|ninguna|no\s+es|no\s+son|no\s+está|no\s+hay)\s+(?:(?:un|una|el|la|los|las)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanishNegated();
}
