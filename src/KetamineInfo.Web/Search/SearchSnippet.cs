using System.Text;
using System.Text.Encodings.Web;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KetamineInfo.Web.Search;

/// <summary>
/// The one or two sentences of a section that best match a question, as HTML, with the matching words in
/// &lt;mark&gt;: only words of the question's phrases (a phrase of several words only where they stand together),
/// never a stop word (even inside a phrase), never a near spelling of a short word. A sentence scores the things asked about it matches,
/// each counted once at its strongest phrase. Work grows with the section's length, for the few sections shown.
/// </summary>
internal static class SearchSnippet
{
    private const int MaxLength = 320;
    private const int LongSentence = 240;

    public static string? Html(string text, IReadOnlyList<MatchPattern> patterns, Analyzer analyzer, Func<string, bool> isStopWord)
    {
        var sentences = Units(text).Select(s => Score(s, patterns, analyzer, isStopWord)).ToList();
        if (sentences.Count == 0)
        {
            return null;
        }

        var chosen = new List<Sentence>();
        var best = sentences.OrderByDescending(s => s.Score).First();
        if (best.Score == 0)
        {
            chosen.Add(sentences[0]);
        }
        else
        {
            chosen.Add(best);
            var second = sentences.Where(s => s != best && s.Score > 0)
                .OrderByDescending(s => s.Concepts.Except(best.Concepts).Count()).ThenByDescending(s => s.Score)
                .FirstOrDefault();
            if (second is not null && Math.Min(best.Text.Length, LongSentence) + Math.Min(second.Text.Length, LongSentence) <= MaxLength)
            {
                chosen.Add(second);
            }
        }

        return string.Join(" … ", chosen.OrderBy(s => s.Start).Select(Render));
    }

    private sealed record Sentence(int Start, string Text, float Score, IReadOnlySet<int> Concepts, IReadOnlyList<(int Start, int End)> Marks);

    private static Sentence Score((int Start, string Text) sentence, IReadOnlyList<MatchPattern> patterns, Analyzer analyzer, Func<string, bool> isStopWord)
    {
        var tokens = Tokens(sentence.Text, analyzer);
        var marks = new List<(int, int)>();
        var strongest = new Dictionary<int, float>();
        foreach (var pattern in patterns)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (Matches(tokens, i, pattern) is not { } matched)
                {
                    continue;
                }

                // A stop word inside a matched phrase ("can I drive") is part of the match but never marked.
                marks.AddRange(matched.Where(m => !isStopWord(sentence.Text[m.Item1..m.Item2].ToLowerInvariant())));
                strongest[pattern.Concept] = Math.Max(strongest.GetValueOrDefault(pattern.Concept), pattern.Weight);
            }
        }

        return new Sentence(sentence.Start, sentence.Text, strongest.Values.Sum(), strongest.Keys.ToHashSet(), marks);
    }

    // The tokens from i on that match every term of the pattern at its place, or null.
    private static List<(int, int)>? Matches(List<(string Term, int Position, int Start, int End)> tokens, int i, MatchPattern pattern)
    {
        if (tokens[i].Term != pattern.Terms[0].Term)
        {
            return null;
        }

        var matched = new List<(int, int)> { (tokens[i].Start, tokens[i].End) };
        foreach (var (term, at) in pattern.Terms.Skip(1))
        {
            var position = tokens[i].Position + at;
            var token = tokens.FindIndex(i, t => t.Position == position);
            if (token < 0 || tokens[token].Term != term)
            {
                return null;
            }

            matched.Add((tokens[token].Start, tokens[token].End));
        }

        return matched;
    }

    private static List<(string Term, int Position, int Start, int End)> Tokens(string text, Analyzer analyzer)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    // A sentence that opens a list ("Do not have it if:") is never shown without what it applies to: it takes the
    // lines after it (the list's items) as far as a snippet's length, and says so with "…" when more follow. Shown
    // alone, or joined by "…" to another sentence, a caution read as something else (clinical review, 6 December).
    private static IEnumerable<(int Start, string Text)> Units(string text)
    {
        var sentences = Sentences(text).ToList();
        for (var i = 0; i < sentences.Count; i++)
        {
            var (start, unit) = sentences[i];
            if (unit.EndsWith(':'))
            {
                var items = new StringBuilder(unit);
                while (i + 1 < sentences.Count && (items[^1] == ':' || items.Length + sentences[i + 1].Text.Length + 2 <= LongSentence))
                {
                    items.Append(items[^1] == ':' ? " " : "; ").Append(sentences[++i].Text.TrimEnd('.', ';'));
                }

                unit = i + 1 < sentences.Count && items[^1] != ':' ? items.Append(" …").ToString() : items.ToString();
            }

            yield return (start, unit);
        }
    }

    // Paragraphs are lines; a sentence ends at . ! or ? before a space and a capital letter, digit or quote.
    private static IEnumerable<(int Start, string Text)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length || text[i] == '\n'
                || (text[i] is '.' or '!' or '?' && i + 2 < text.Length && text[i + 1] == ' ' && (char.IsUpper(text[i + 2]) || char.IsDigit(text[i + 2]) || text[i + 2] is '"' or '“' or '('));
            if (!end)
            {
                continue;
            }

            var stop = i < text.Length && text[i] != '\n' ? i + 1 : i;
            var sentence = text[start..stop].Trim();
            if (sentence.Length > 0)
            {
                yield return (start + text[start..stop].IndexOf(sentence[0], StringComparison.Ordinal), sentence);
            }

            start = stop;
        }
    }

    private static string Render(Sentence sentence)
    {
        var (from, to) = (0, sentence.Text.Length);
        if (to > LongSentence)
        {
            // A window around the first match, cut at spaces.
            var first = sentence.Marks.Count > 0 ? sentence.Marks.Min(m => m.Start) : 0;
            from = first > 80 ? sentence.Text.LastIndexOf(' ', first - 60) + 1 : 0;
            to = Math.Min(sentence.Text.Length, from + LongSentence);
            to = to < sentence.Text.Length && sentence.Text.LastIndexOf(' ', to) is var space and > 0 && space > from ? space : to;
        }

        var html = new StringBuilder(from > 0 ? "…" : string.Empty);
        var at = from;
        foreach (var (start, end) in sentence.Marks.Where(m => m.Start >= from && m.End <= to).Distinct().OrderBy(m => m.Start))
        {
            if (start < at)
            {
                continue;
            }

            html.Append(HtmlEncoder.Default.Encode(sentence.Text[at..start])).Append("<mark>")
                .Append(HtmlEncoder.Default.Encode(sentence.Text[start..end])).Append("</mark>");
            at = end;
        }

        html.Append(HtmlEncoder.Default.Encode(sentence.Text[at..to]));
        return html.Append(to < sentence.Text.Length ? "…" : string.Empty).ToString();
    }
}
