using KetamineInfo.Content.Model;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KetamineInfo.Web.Search;

/// <summary>
/// Reads a reader's question into what it asks about, with the vocabulary (content/search/vocabulary.yml):
/// stop words are left out ("how much does it cost" asks about "cost"); a phrase in a synonyms group also finds
/// the others; a phrase an intent knows also finds the words pages use ("cost" → price, pay, insurance). The
/// longest phrase the vocabulary knows wins, and its words count once, as one thing asked about: the phrase is
/// searched as written (unless it is all stop words), "see things" as a phrase, never "see" alone. Made once per
/// vocabulary; reading a question costs a few dictionary lookups per word.
/// </summary>
internal sealed class QuestionReader
{
    public const float SynonymWeight = 0.7f;
    public const float IntentWeight = 0.5f;

    private readonly Analyzer _matching;
    private readonly HashSet<string> _stopWords;
    private readonly Dictionary<string, Dictionary<string, (string Phrase, float Weight)>> _expansions = new(StringComparer.Ordinal);
    private int _longest = 1;

    public QuestionReader(SearchVocabulary vocabulary, Analyzer matching)
    {
        _matching = matching;
        _stopWords = new HashSet<string>(vocabulary.StopWords, StringComparer.Ordinal);
        foreach (var group in vocabulary.Synonyms)
        {
            foreach (var from in group)
            {
                Expand(from, group.Where(to => to != from), SynonymWeight);
            }
        }

        foreach (var intent in vocabulary.Intents)
        {
            foreach (var when in intent.When)
            {
                Expand(when, intent.Find, IntentWeight);
            }
        }

        void Expand(string from, IEnumerable<string> to, float weight)
        {
            var key = Key(Words(from));
            if (key.Length == 0)
            {
                return;
            }

            _longest = Math.Max(_longest, key.Count(c => c == ' ') + 1);
            var alternatives = _expansions.TryGetValue(key, out var found) ? found : _expansions[key] = new(StringComparer.Ordinal);
            foreach (var phrase in to)
            {
                var phraseKey = Key(Words(phrase));
                if (phraseKey.Length > 0 && (!alternatives.TryGetValue(phraseKey, out var known) || known.Weight < weight))
                {
                    alternatives[phraseKey] = (phrase, weight);
                }
            }
        }
    }

    /// <summary>True when <paramref name="word"/> (lower case) says nothing about what a reader wants.</summary>
    public bool IsStopWord(string word) => _stopWords.Contains(word);

    /// <summary>What <paramref name="text"/> asks about, in order, at most <paramref name="limit"/> things.</summary>
    public IReadOnlyList<QueryConcept> Read(string text, int limit)
    {
        var words = Words(text);
        var concepts = new List<QueryConcept>();
        for (var i = 0; i < words.Count && concepts.Count < limit;)
        {
            var length = Math.Min(_longest, words.Count - i);
            while (length > 0 && !_expansions.ContainsKey(Key(words.Skip(i).Take(length))))
            {
                length--;
            }

            var phrase = words.Skip(i).Take(Math.Max(length, 1)).ToList();
            var typed = string.Join(' ', phrase.Select(w => w.Raw));
            var alternatives = new List<QueryAlternative>();
            if (phrase.Exists(w => !IsStopWord(w.Raw)))
            {
                alternatives.Add(new QueryAlternative(typed, 1f, Typed: true));
            }

            if (length > 0)
            {
                var key = Key(phrase);
                alternatives.AddRange(_expansions[key].Where(e => e.Key != key).Select(e => new QueryAlternative(e.Value.Phrase, e.Value.Weight, Typed: false)));
            }

            if (alternatives.Count > 0)
            {
                concepts.Add(new QueryConcept(typed, alternatives));
            }

            i += phrase.Count;
        }

        return concepts;
    }

    private static string Key(IEnumerable<(string Raw, string Stem)> words) => string.Join(' ', words.Select(w => w.Stem));

    // Each word as typed (lower case) and as stemmed, the way the vocabulary's phrases are read too.
    private List<(string Raw, string Stem)> Words(string text)
    {
        text = text.Replace('\u2019', '\'');
        var words = new List<(string, string)>();
        using var stream = _matching.GetTokenStream("q", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var raw = text[offset.StartOffset..offset.EndOffset].ToLowerInvariant();
            words.Add((raw.EndsWith("'s", StringComparison.Ordinal) && raw.Length > 2 && !IsStopWord(raw) ? raw[..^2] : raw, term.ToString()));
        }

        stream.End();
        return words;
    }
}

/// <summary>One thing a question asks about: the words typed for it and the phrases that may stand for it.</summary>
internal sealed record QueryConcept(string Typed, IReadOnlyList<QueryAlternative> Alternatives);

/// <summary>A phrase to search for, with how much a match counts (1 for the reader's own words).</summary>
internal sealed record QueryAlternative(string Phrase, float Weight, bool Typed);
