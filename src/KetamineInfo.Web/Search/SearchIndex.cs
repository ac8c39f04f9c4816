using System.Globalization;
using KetamineInfo.Content.Parsing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace KetamineInfo.Web.Search;

/// <summary>
/// An in-memory Lucene index of one content snapshot: every section of its articles and pages, and its glossary
/// terms. Queries are never parsed as Lucene syntax: <see cref="QuestionReader"/> reads the text into the things it
/// asks about and the query is built from them, so no character a reader types can cause an error. Results come
/// grouped by page, at most three sections a page, each with the sentences that best match.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public const int MaxQueryLength = 200;

    // Bounds on what one query can cost, whatever is typed: the things looked for, the words looked up fuzzily,
    // and how long a fuzzily matched word may be (a 2-edit lookup of a 200-letter word took half a second; no
    // real word a reader mistypes is that long), and the near spellings one fuzzy word may stand for.
    internal const int MaxQueryWords = 12;
    internal const int MaxFuzzyWords = 3;
    internal const int MaxFuzzyWordLength = 20;
    private const int MaxFuzzyTerms = 8;
    private const float FuzzyWeight = 0.8f;

    private const int MaxHits = 60;
    private const int MaxPages = 10;
    internal const int MaxSectionsPerPage = 3;

    // A section shown under its page's best one must match at least this share as well: weaker ones are noise.
    private const float SectionShareOfBest = 0.35f;

    // A glossary entry defines a word; a page section explains it. The entry ranks first only for the word alone.
    private const float GlossaryWeight = 0.3f;

    internal static readonly (string Field, float Boost)[] Fields =
        [("heading", 3f), ("keywords", 2.5f), ("parent", 1.5f), ("page", 1.5f), ("summary", 1.5f), ("body", 1f)];

    private readonly Analyzer _analyzer;
    private readonly QuestionReader _questions;
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    internal SearchIndex(IEnumerable<SearchDocument> documents, Analyzer analyzer, QuestionReader questions)
    {
        _analyzer = analyzer;
        _questions = questions;
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(SearchAnalyzer.Version, analyzer)))
        {
            foreach (var doc in documents)
            {
                writer.AddDocument(Document(doc));
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    public long SnapshotVersion { get; init; }

    public IReadOnlyList<SearchResultGroup> Search(string text)
    {
        var concepts = Read(text);
        if (concepts.Count == 0)
        {
            return [];
        }

        var built = BuildQuery(concepts);
        var termAlone = concepts.Count == 1 ? Words(concepts[0].Typed) : null;
        var hits = _searcher.Search(built.Query, MaxHits).ScoreDocs
            .Select(hit => (Doc: _searcher.Doc(hit.Doc), hit.Score))
            .Select(h => (h.Doc, Score: Kind(h.Doc) == "glossary" && !IsTerm(h.Doc, termAlone) ? h.Score * GlossaryWeight : h.Score))
            .OrderByDescending(h => h.Score)
            .ToList();

        return [.. hits.GroupBy(h => Stored(h.Doc, "pageurl"), StringComparer.Ordinal)
            .Take(MaxPages)
            .Select(page =>
            {
                var best = page.First().Score;
                var first = page.First().Doc;
                var sections = page.TakeWhile(h => h.Score >= best * SectionShareOfBest).Take(MaxSectionsPerPage)
                    .Select(h => Result(h.Doc, built.Patterns)).ToList();
                return new SearchResultGroup(Kind(first), Stored(first, "pageurl"), Stored(first, "page"), sections);
            })];
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    /// <summary>What <paramref name="text"/> asks about, within the length and word bounds.</summary>
    internal IReadOnlyList<QueryConcept> Read(string text) =>
        _questions.Read(text.Length > MaxQueryLength ? text[..MaxQueryLength] : text, MaxQueryWords);

    // Each thing asked about must be found in some field, by any of its phrases; a word typed that is nowhere in the
    // index (a typo) stands instead for its near spellings that are: one edit for words of 5-7 letters, two from 8 —
    // for the first few such words only.
    internal BuiltQuery BuildQuery(IReadOnlyList<QueryConcept> concepts)
    {
        var query = new BooleanQuery();
        var patterns = new List<MatchPattern>();
        var fuzzyLookups = 0;
        for (var c = 0; c < concepts.Count; c++)
        {
            var position = new DisjunctionMaxQuery(0.1f);
            foreach (var alternative in concepts[c].Alternatives)
            {
                var terms = Terms(alternative.Phrase);
                if (terms.Count == 0)
                {
                    continue;
                }

                if (terms.Count == 1 && alternative.Typed && IsUnknown(terms[0].Term) && alternative.Phrase.Length is >= 5 and <= MaxFuzzyWordLength && fuzzyLookups < MaxFuzzyWords)
                {
                    fuzzyLookups++;
                    foreach (var near in NearSpellings(terms[0].Term, alternative.Phrase.Length >= 8 ? 2 : 1))
                    {
                        Add(position, [(near, 0)], FuzzyWeight);
                        patterns.Add(new MatchPattern(c, FuzzyWeight, [(near, 0)]));
                    }

                    continue;
                }

                Add(position, terms, alternative.Weight);
                patterns.Add(new MatchPattern(c, alternative.Weight, terms));
            }

            if (position.Disjuncts.Count > 0)
            {
                query.Add(position, Occur.SHOULD);
            }
        }

        return new BuiltQuery(query, patterns, fuzzyLookups);
    }

    private static void Add(DisjunctionMaxQuery position, List<(string Term, int Position)> terms, float weight)
    {
        foreach (var (field, boost) in Fields)
        {
            Query clause;
            if (terms.Count == 1)
            {
                clause = new TermQuery(new Term(field, terms[0].Term));
            }
            else
            {
                var phrase = new PhraseQuery { Slop = 1 };
                foreach (var (term, at) in terms)
                {
                    phrase.Add(new Term(field, term), at);
                }

                clause = phrase;
            }

            clause.Boost = boost * weight;
            position.Add(clause);
        }
    }

    /// <summary>A phrase's index terms with their positions (English stop words are left out, their places kept).</summary>
    internal List<(string Term, int Position)> Terms(string phrase)
    {
        var terms = new List<(string, int)>();
        using var stream = _analyzer.GetTokenStream("body", phrase);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }

        stream.End();
        var first = terms.Count > 0 ? terms[0].Item2 : 0;
        return [.. terms.Select(t => (t.Item1, t.Item2 - first))];
    }

    private bool IsUnknown(string term) => !Fields.Any(f => _reader.DocFreq(new Term(f.Field, term)) > 0);

    private IEnumerable<string> NearSpellings(string term, int edits)
    {
        var terms = new HashSet<Term>();
        _searcher.Rewrite(new FuzzyQuery(new Term("body", term), edits, prefixLength: 1)).ExtractTerms(terms);
        return terms.Select(t => t.Text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(MaxFuzzyTerms);
    }

    private SearchResult Result(Document doc, IReadOnlyList<MatchPattern> patterns)
    {
        var body = Stored(doc, "body");
        var lead = body.Length > 0 ? body : Stored(doc, "summary");
        return new SearchResult(Kind(doc), Stored(doc, "url"), Stored(doc, "page"), Stored(doc, "heading"), Stored(doc, "parent"),
            SearchSnippet.Html(lead, patterns, _analyzer, _questions.IsStopWord));
    }

    private static bool IsTerm(Document doc, string? words) =>
        words is not null && (words == Words(Stored(doc, "heading")) || Stored(doc, "keywords").Split(',').Any(alias => Words(alias) == words));

    private static string Words(string text) => string.Join(' ', SearchVocabularyReader.Words(text));

    private static string Kind(Document doc) => Stored(doc, "kind");

    private static string Stored(Document doc, string name) => doc.Get(name, CultureInfo.InvariantCulture) ?? string.Empty;

    private static Document Document(SearchDocument doc) =>
    [
        new StringField("kind", doc.Kind, Field.Store.YES),
        new StringField("url", doc.Url, Field.Store.YES),
        new StringField("pageurl", doc.PageUrl, Field.Store.YES),
        new TextField("page", doc.PageTitle, Field.Store.YES),
        new TextField("heading", doc.Heading, Field.Store.YES),
        new TextField("parent", doc.ParentHeading, Field.Store.YES),
        new TextField("summary", doc.Summary, Field.Store.YES),
        new TextField("keywords", doc.Keywords, Field.Store.YES),
        new TextField("body", doc.Body, Field.Store.YES),
    ];
}

/// <summary>The Lucene query for a question, the phrases that count as a match (for the snippet), and how many words were looked up fuzzily.</summary>
internal sealed record BuiltQuery(BooleanQuery Query, IReadOnlyList<MatchPattern> Patterns, int FuzzyLookups);

/// <summary>Index terms at relative positions that together match one thing asked about (<see cref="Concept"/>, by index).</summary>
internal sealed record MatchPattern(int Concept, float Weight, IReadOnlyList<(string Term, int Position)> Terms);

/// <summary>One page's results, best first: its sections (or, for the glossary, its terms).</summary>
public sealed record SearchResultGroup(string Kind, string PageUrl, string PageTitle, IReadOnlyList<SearchResult> Sections);

/// <summary>
/// One section found: where it links, its heading (empty for a page's opening) and the h2 above it, and
/// <see cref="SnippetHtml"/>, HTML-encoded sentences with the words that matched in &lt;mark&gt;.
/// </summary>
public sealed record SearchResult(string Kind, string Url, string PageTitle, string Heading, string ParentHeading, string? SnippetHtml);
