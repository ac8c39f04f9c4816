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
    // Built with the first index, off the start-up path: Lucene's code takes a while to load.
    private readonly Lazy<SearchAnalyzer> _analyzer = new(() => new SearchAnalyzer());
    private readonly ContentStore _store;
    private readonly SearchVocabularySource _vocabulary;
    private (SearchVocabulary Vocabulary, QuestionReader Reader)? _questions;
    private readonly PublishedSites _sites;
    private readonly SearchGate _gate;
    private readonly Lock _buildLock = new();
    private readonly Task _firstBuild;
    private SearchIndex? _index;
    private bool _disposed;

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

    public IReadOnlyList<SearchResultGroup> Search(string query) => Current()?.Search(query) ?? [];

    /// <summary>Searches once the gate lets it (waiting in line if a slot will soon be free).</summary>
    public async Task<(SearchOutcome Outcome, IReadOnlyList<SearchResultGroup> Results)> TrySearchAsync(string query, CancellationToken cancellationToken)
    {
        if (Current() is not { } index)
        {
            return (SearchOutcome.Starting, []);
        }

        using var lease = await _gate.EnterAsync(cancellationToken);
        return lease.IsAcquired ? (SearchOutcome.Found, index.Search(query)) : (SearchOutcome.Busy, []);
    }

    public void Dispose()
    {
        _store.Changed -= OnContentChanged;
        // Under the build lock, so a rebuild already running finishes before the analyzer it uses goes away.
        lock (_buildLock)
        {
            _disposed = true;
            _index?.Dispose();
            if (_analyzer.IsValueCreated)
            {
                _analyzer.Value.Dispose();
            }
        }
    }

    // Null only until the first index is built; after that, an index for the current snapshot (rebuilt here
    // if a reload has not been indexed yet).
    private SearchIndex? Current()
    {
        var index = Volatile.Read(ref _index);
        if (index is null)
        {
            // A first build that failed is tried again by the next search, not given up on.
            return _firstBuild.IsFaulted ? Rebuild(_store.Current) : null;
        }

        var snapshot = _store.Current;
        return index.SnapshotVersion == snapshot.Version ? index : Rebuild(snapshot);
    }

    private void OnContentChanged(ContentSnapshot snapshot) => Rebuild(snapshot);

    // The question reader for the snapshot's vocabulary, made again only when the vocabulary changed.
    private QuestionReader Questions(ContentSnapshot snapshot)
    {
        var vocabulary = _vocabulary.For(snapshot);
        if (_questions is not { } made || !ReferenceEquals(made.Vocabulary, vocabulary))
        {
            made = (vocabulary, new QuestionReader(vocabulary, _analyzer.Value));
            _questions = made;
        }

        return made.Reader;
    }

    private SearchIndex Rebuild(ContentSnapshot snapshot)
    {
        lock (_buildLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_index is { } built && built.SnapshotVersion >= snapshot.Version)
            {
                return built;
            }

            // The old index is left to the garbage collector: a search may still be reading it.
            var index = new SearchIndex(SiteSearch.DocumentsOf(_sites.For(snapshot)), _analyzer.Value, Questions(snapshot)) { SnapshotVersion = snapshot.Version };
            Volatile.Write(ref _index, index);
            return index;
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
