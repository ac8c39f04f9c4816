using System.Globalization;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;

namespace KetamineInfo.Content.Rules;

/// <summary>
/// Words around a translated page come from its language's <c>strings/LANG.yml</c>; a key the file lacks shows the English
/// word instead, so a page never breaks. Once a language has any page, each key still in English is named, in one
/// warning at the file: an editor can see what is left, and a language with no pages yet is not nagged.
/// </summary>
internal sealed class UntranslatedStringsRule : IContentRule
{
    private const int KeysNamed = 8;

    public IReadOnlyList<DiagnosticCode> Codes { get; } = [DiagnosticCodes.UntranslatedStrings, DiagnosticCodes.UntranslatedCrisisHelp];

    /// <summary>
    /// Crisis help is not a word to fall back on: a language with pages must give its own (the lines that answer in
    /// that language), or check fails. Until then its pages show the English block, never none.
    /// </summary>
    public static void CheckSite(IEnumerable<Translation> served, IReadOnlyDictionary<string, TranslatedSite> sites, Func<string, string> displayPath, List<Diagnostic> diagnostics)
    {
        foreach (var language in served.Select(t => t.Language).Distinct().Order(StringComparer.Ordinal).Where(l => !sites.ContainsKey(l)))
        {
            var name = language == "es" ? "Spanish" : language;
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.UntranslatedCrisisHelp, SourceLocation.StartOf(displayPath($"{language}/site.yml")),
                $"there are {name} pages, but no {language}/site.yml gives crisis help in {name} (a 'crisis' block like site.yml's, with the lines that answer in {name}, and the site's 'tagline' and 'description'): until it does, {name} pages show the English crisis help"));
        }
    }

    public static void Check(IEnumerable<Translation> served, IReadOnlyDictionary<string, SiteStrings> written, SiteStrings english,
        Func<string, string> displayPath, List<Diagnostic> diagnostics)
    {
        foreach (var language in served.Select(t => t.Language).Distinct().Order(StringComparer.Ordinal))
        {
            var have = written.GetValueOrDefault(language)?.Values ?? new Dictionary<string, string>();
            var missing = english.Values.Keys.Where(k => !have.ContainsKey(k)).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            var name = language == "es" ? "Spanish" : language;
            var listed = string.Join(", ", missing.Take(KeysNamed)) + (missing.Count > KeysNamed ? ", …" : string.Empty);
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.UntranslatedStrings, SourceLocation.StartOf(displayPath(SiteStrings.FileNameFor(language))),
                string.Create(CultureInfo.InvariantCulture, $"{missing.Count} {(missing.Count == 1 ? "key has" : "keys have")} no {name} words yet, so {name} pages show them in English: {listed}")));
        }
    }
}
