using KetamineInfo.Content.Loading;
using KetamineInfo.Content.Model;
using KetamineInfo.Web.Publishing;

namespace KetamineInfo.Web.Search;

/// <summary>
/// Keeps a search index built from the current snapshot, rebuilt when the content changes. The first index is
/// built in the background, off the start-up path: pages are served at once, and a search in the first moment
/// is told that search is starting (<see cref="SearchOutcome.Starting"/>) rather than making every page wait.
/// </summary>
public sealed class SearchService : IDisposable
{
    /// <summary>The languages searched, each with its own index, analysis and vocabulary.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", .. Translation.Languages];

    // Built with the first index, off the start-up path: Lucene's code takes a while to load.
    private readonly Dictionary<string, Lazy<Lucene.Net.Analysis.Analyzer>> _analyzers = new(StringComparer.Ordinal)
    {
        ["en"] = new(() => new SearchAnalyzer()),
        ["es"] = new(() => new SpanishSearchAnalyzer()),
    };

    private readonly Dictionary<string, (SearchVocabulary Vocabulary, QuestionReader Reader)> _questions = new(StringComparer.Ordinal);
    private readonly ContentStore _store;
    private readonly SearchVocabularySource _vocabulary;
    private readonly PublishedSites _sites;
    private readonly SearchGate _gate;
    private readonly Lock _buildLock = new();
    private readonly Task _firstBuild;
    // Each language's index with the snapshot it was built from, swapped as one, so a search never pairs one with the other's version.
    private Indexes? _indexes;
    private bool _disposed;

    private sealed record Indexes(long Version, IReadOnlyDictionary<string, SearchIndex> ByLanguage);

    public SearchService(ContentStore store, PublishedSites sites, SearchGate gate, SearchVocabularySource vocabulary)
    {
        _store = store;
        _vocabulary = vocabulary;
        _sites = sites;
        _gate = gate;
        _firstBuild = Task.Run(() => Rebuild(store.Current));
        store.Changed += OnContentChanged;
    }

    /// <summary>Completes when the first index is ready (tests and the exporter wait on it).</summary>
    public Task Ready => _firstBuild;

    public IReadOnlyList<SearchResultGroup> Search(string query, string language = "en") => Current()?.GetValueOrDefault(language)?.Search(query) ?? [];

    /// <summary>Searches the pages in <paramref name="language"/> once the gate lets it (waiting in line if a slot will soon be free).</summary>
    public async Task<(SearchOutcome Outcome, IReadOnlyList<SearchResultGroup> Results)> TrySearchAsync(string query, CancellationToken cancellationToken, string language = "en")
    {
        if (Current() is not { } indexes)
        {
            return (SearchOutcome.Starting, []);
        }

        using var lease = await _gate.EnterAsync(cancellationToken);
        return lease.IsAcquired ? (SearchOutcome.Found, indexes.GetValueOrDefault(language)?.Search(query) ?? []) : (SearchOutcome.Busy, []);
    }

    public void Dispose()
    {
        _store.Changed -= OnContentChanged;
        // Under the build lock, so a rebuild already running finishes before the analyzer it uses goes away.
        lock (_buildLock)
        {
            _disposed = true;
            foreach (var index in _indexes?.ByLanguage.Values ?? [])
            {
                index.Dispose();
            }

            foreach (var analyzer in _analyzers.Values.Where(a => a.IsValueCreated))
            {
                analyzer.Value.Dispose();
            }
        }
    }

    // Null only until the first indexes are built; after that, the indexes of the current snapshot (rebuilt here
    // if a reload has not been indexed yet).
    private IReadOnlyDictionary<string, SearchIndex>? Current()
    {
        var indexes = Volatile.Read(ref _indexes);
        if (indexes is null)
        {
            // A first build that failed is tried again by the next search, not given up on.
            return _firstBuild.IsFaulted ? Rebuild(_store.Current) : null;
        }

        var snapshot = _store.Current;
        return indexes.Version == snapshot.Version ? indexes.ByLanguage : Rebuild(snapshot);
    }

    private void OnContentChanged(ContentSnapshot snapshot) => Rebuild(snapshot);

    // The question reader for the snapshot's vocabulary in one language, made again only when that vocabulary changed.
    private QuestionReader Questions(ContentSnapshot snapshot, string language)
    {
        var vocabulary = _vocabulary.For(snapshot, language);
        if (!_questions.TryGetValue(language, out var made) || !ReferenceEquals(made.Vocabulary, vocabulary))
        {
            made = (vocabulary, new QuestionReader(vocabulary, _analyzers[language].Value));
            _questions[language] = made;
        }

        return made.Reader;
    }

    private IReadOnlyDictionary<string, SearchIndex> Rebuild(ContentSnapshot snapshot)
    {
        lock (_buildLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_indexes is { } built && built.Version >= snapshot.Version)
            {
                return built.ByLanguage;
            }

            // The old indexes are left to the garbage collector: a search may still be reading them. A language
            // with no pages yet gets no index, and its search finds nothing.
            var site = _sites.For(snapshot);
            var indexes = Languages
                .Select(language => (language, documents: SiteSearch.DocumentsOf(site, language)))
                .Where(l => l.language == "en" || l.documents.Count > 0)
                .ToDictionary(l => l.language, l => new SearchIndex(l.documents, _analyzers[l.language].Value, Questions(snapshot, l.language)) { SnapshotVersion = snapshot.Version },
                    StringComparer.Ordinal);
            Volatile.Write(ref _indexes, new Indexes(snapshot.Version, indexes));
            return indexes;
        }
    }
}

/// <summary>What a search came to: results (possibly none), a full gate, or an index still being built.</summary>
public enum SearchOutcome
{
    Found,
    Busy,
    Starting,
}
