using System.Text.RegularExpressions;
using KetamineInfo.Content.Model;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// Finds glossary terms (and their aliases) in running text, whole words, ignoring case. Built once per
/// snapshot; one alternation, longest phrases first, so "NMDA receptor" wins over "receptor".
/// </summary>
internal sealed class GlossaryMatcher
{
    private readonly Dictionary<string, GlossaryTerm> _byPhrase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Regex? _pattern;

    public GlossaryMatcher(IReadOnlyList<GlossaryTerm> terms, string language = "en")
    {
        Language = language;
        foreach (var term in terms)
        {
            foreach (var phrase in term.Aliases.Prepend(term.Term))
            {
                _byPhrase.TryAdd(phrase, term);
            }
        }

        if (_byPhrase.Count > 0)
        {
            var alternation = string.Join('|', _byPhrase.Keys.OrderByDescending(p => p.Length).Select(Regex.Escape));
            _pattern = new Regex($@"(?<![\w-])(?:{alternation})(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }

    public static GlossaryMatcher Empty { get; } = new([]);

    /// <summary>The language of these terms, whose glossary page a linked term points to.</summary>
    public string Language { get; }

    /// <summary>The first match at or after <paramref name="start"/> whose term is not in <paramref name="skip"/>.</summary>
    public (int Index, int Length, GlossaryTerm Term)? FindFirst(string text, int start, IReadOnlySet<string> skip)
    {
        for (var match = _pattern?.Match(text, start); match is { Success: true }; match = match.NextMatch())
        {
            var term = _byPhrase[match.Value];
            if (!skip.Contains(term.Id))
            {
                return (match.Index, match.Length, term);
            }
        }

        return null;
    }
}
