using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Caching;

/// <summary>
/// Where rendered pages are kept: a <see cref="MemoryCache"/> with a size limit in bytes, so the least
/// recently used pages make way for new ones. Nothing a request does can switch it off or grow it past
/// <see cref="PageCacheOptions.MaxBytes"/>.
/// </summary>
internal sealed class PageStore(IOptions<PageCacheOptions> options) : IDisposable
{
    private long _renders;
    private long _generation;

    private readonly MemoryCache _pages = new(new MemoryCacheOptions
    {
        SizeLimit = options.Value.MaxBytes, // validated at start
        TrackStatistics = true,
    });

    public long Count => _pages.Count;

    public long Bytes => _pages.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public RenderedPage? Find(long generation, string url) => _pages.TryGetValue(new Key(generation, url), out RenderedPage? page) ? page : null;

    /// <summary>The stored page for <paramref name="url"/> in the newest generation, if any (the exporter's way to its compressed bytes).</summary>
    public RenderedPage? FindCurrent(string url) => Find(Interlocked.Read(ref _generation), url);

    /// <summary>How many pages have been rendered and stored since start: a figure for tests and benchmarks.</summary>
    public long Renders => Interlocked.Read(ref _renders);

    public void Add(long generation, string url, RenderedPage page)
    {
        Interlocked.Increment(ref _renders);
        _pages.Set(new Key(generation, url), page, new MemoryCacheEntryOptions { Size = page.Size });
    }

    /// <summary>Drops everything as <paramref name="generation"/> begins: the pages of an old snapshot can never be served again.</summary>
    public void StartGeneration(long generation)
    {
        Interlocked.Exchange(ref _generation, generation);
        _pages.Compact(1.0);
    }

    public void Dispose() => _pages.Dispose();

    private readonly record struct Key(long Generation, string Url);
}
