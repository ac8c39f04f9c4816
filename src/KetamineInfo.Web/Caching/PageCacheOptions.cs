using System.ComponentModel.DataAnnotations;

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
    [Range(typeof(long), "4096", "68719476736", ErrorMessage = "must be from {1} to {2} bytes (96 MB by default)")]
    public long MaxBytes { get; set; } = 96L * 1024 * 1024;
}
