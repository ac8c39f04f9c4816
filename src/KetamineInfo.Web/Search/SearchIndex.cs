using System.Globalization;
using KetamineInfo.Content.Model;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;

namespace KetamineInfo.Web.Search;

/// <summary>
/// An in-memory Lucene index of one content snapshot: articles, standalone pages and glossary terms.
/// Queries are never parsed as Lucene syntax: the text is analyzed into terms and the query is built
/// from them, so no character a reader types can cause an error.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public const int MaxQueryLength = 200;
    private const int MaxResults = 20;

    // Bounds on what one query can cost, whatever is typed: the words looked at, the words looked up
    // fuzzily, and how long a fuzzily matched word may be (a 2-edit lookup of a 200-letter word took half a
    // second; no real word a reader mistypes is that long).
    internal const int MaxQueryWords = 12;
    internal const int MaxFuzzyWords = 3;
    internal const int MaxFuzzyWordLength = 20;

    private static readonly (string Field, float Boost)[] Fields = [("title", 4f), ("headings", 2.5f), ("summary", 1.5f), ("body", 1f)];

    // A reader's own word counts for more than a synonym the analyzer added for it.
    private const float SynonymWeight = 0.6f;

    private readonly Analyzer _analyzer;
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public SearchIndex(IEnumerable<SearchDocument> documents, Analyzer analyzer)
    {
        _analyzer = analyzer;
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(SearchAnalyzer.Version, analyzer)))
        {
            foreach (var doc in documents)
            {
                // Glossary aliases are words, not headings: joined with commas, as they read.
                writer.AddDocument(Document(doc.Kind, doc.Url, doc.Title, doc.Summary,
                    string.Join(doc.Kind == "glossary" ? ", " : " \n ", doc.Headings), doc.Body));
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    public long SnapshotVersion { get; init; }

    public IReadOnlyList<SearchResult> Search(string text)
    {
        var terms = Analyze(text.Length > MaxQueryLength ? text[..MaxQueryLength] : text).Take(MaxQueryWords).ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        var query = BuildQuery(terms);
        var hits = _searcher.Search(query, MaxResults).ScoreDocs;
        var scorer = new QueryScorer(query, _reader, "body");
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, 180),
        };
        return hits.Select(hit =>
        {
            var doc = _searcher.Doc(hit.Doc);
            var body = doc.Get("body", CultureInfo.InvariantCulture);
            var snippet = highlighter.GetBestFragments(_analyzer.GetTokenStream("body", body), body, 2, " … ");
            return new SearchResult(doc.Get("kind", CultureInfo.InvariantCulture), doc.Get("title", CultureInfo.InvariantCulture), doc.Get("url", CultureInfo.InvariantCulture), doc.Get("summary", CultureInfo.InvariantCulture),
                string.IsNullOrEmpty(snippet) ? null : snippet);
        }).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static Document Document(string kind, string url, string title, string summary, string headings, string body) =>
    [
        new StringField("kind", kind, Field.Store.YES),
        new StringField("url", url, Field.Store.YES),
        new TextField("title", title, Field.Store.YES),
        new TextField("summary", summary, Field.Store.YES),
        new TextField("headings", headings, Field.Store.NO),
        new TextField("body", body, Field.Store.YES),
    ];

    /// <summary>The query's terms grouped by position; synonyms share a position.</summary>
    internal List<List<(string Term, bool Synonym)>> Analyze(string text)
    {
        var positions = new List<List<(string, bool)>>();
        using var stream = _analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0 || positions.Count == 0)
            {
                positions.Add([]);
            }

            positions[^1].Add((term.ToString(), type.Type == SynonymFilter.TYPE_SYNONYM));
        }

        stream.End();
        return positions;
    }

    // Each position must be found in some field; a word that is nowhere in the index (a typo) is looked up
    // fuzzily instead: one edit for words of 5-7 letters, two from 8 — for the first few such words only.
    internal BooleanQuery BuildQuery(List<List<(string Term, bool Synonym)>> positions)
    {
        var query = new BooleanQuery();
        var fuzzyWords = 0;
        foreach (var alternatives in positions)
        {
            var position = new DisjunctionMaxQuery(0.1f);
            foreach (var (word, synonym) in alternatives)
            {
                var fuzzy = word.Length is >= 5 and <= MaxFuzzyWordLength && fuzzyWords < MaxFuzzyWords
                    && !Fields.Any(f => _reader.DocFreq(new Term(f.Field, word)) > 0);
                fuzzyWords += fuzzy ? 1 : 0;
                foreach (var (field, boost) in Fields)
                {
                    Query clause = !fuzzy
                        ? new TermQuery(new Term(field, word))
                        : new FuzzyQuery(new Term(field, word), word.Length >= 8 ? 2 : 1, prefixLength: 1);
                    clause.Boost = synonym ? boost * SynonymWeight : boost;
                    position.Add(clause);
                }
            }

            query.Add(position, Occur.SHOULD);
        }

        return query;
    }
}

/// <summary>One search hit; <see cref="SnippetHtml"/> is HTML-encoded text with matches in &lt;mark&gt;.</summary>
public sealed record SearchResult(string Kind, string Title, string Url, string Summary, string? SnippetHtml);
