using KetamineInfo.Content.Loading;
using KetamineInfo.Content.Model;
using KetamineInfo.Web.Publishing;

namespace KetamineInfo.Web.Search;

/// <summary>Keeps a search index built from the current snapshot, rebuilt when the content changes.</summary>
public sealed class SearchService : IDisposable
{
    private readonly SearchAnalyzer _analyzer = new(SearchSynonyms.Build());
    private readonly ContentStore _store;
    private readonly PublishedSites _sites;
    private readonly SearchGate _gate;
    private readonly Lock _buildLock = new();
    private SearchIndex _index;

    public SearchService(ContentStore store, PublishedSites sites, SearchGate gate)
    {
        _store = store;
        _sites = sites;
        _gate = gate;
        _index = Build(store.Current);
        store.Changed += OnContentChanged;
    }

    public IReadOnlyList<SearchResult> Search(string query) => Current().Search(query);

    /// <summary>Searches once the gate lets it (waiting in line if a slot will soon be free); null when it is full.</summary>
    public async Task<IReadOnlyList<SearchResult>?> TrySearchAsync(string query, CancellationToken cancellationToken)
    {
        using var lease = await _gate.EnterAsync(cancellationToken);
        return lease.IsAcquired ? Search(query) : null;
    }

    public void Dispose()
    {
        _store.Changed -= OnContentChanged;
        _index.Dispose();
        _analyzer.Dispose();
    }

    private SearchIndex Current()
    {
        var snapshot = _store.Current;
        var index = Volatile.Read(ref _index);
        return index.SnapshotVersion == snapshot.Version ? index : Rebuild(snapshot);
    }

    private void OnContentChanged(ContentSnapshot snapshot) => Rebuild(snapshot);

    private SearchIndex Rebuild(ContentSnapshot snapshot)
    {
        lock (_buildLock)
        {
            if (_index.SnapshotVersion >= snapshot.Version)
            {
                return _index;
            }

            // The old index is left to the garbage collector: a search may still be reading it.
            var index = Build(snapshot);
            Volatile.Write(ref _index, index);
            return index;
        }
    }

    private SearchIndex Build(ContentSnapshot snapshot) => new(_sites.For(snapshot).SearchDocuments, _analyzer) { SnapshotVersion = snapshot.Version };
}
