namespace KetamineInfo.Web.Caching;

/// <summary>The rendered-page cache (section <c>Caching</c>).</summary>
public sealed class PageCacheOptions
{
    public const string Section = "Caching";

    /// <summary>Off only to measure what the cache buys (bench/run).</summary>
    public bool Pages { get; set; } = true;

    /// <summary>
    /// The most the cache may hold, in bytes (each page counts its plain, Brotli and gzip forms). Past it,
    /// the least recently used pages are dropped and rendered again when next asked for.
    /// </summary>
    public long MaxBytes { get; set; } = 96L * 1024 * 1024;
}
