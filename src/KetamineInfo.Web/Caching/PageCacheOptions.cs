using System.ComponentModel.DataAnnotations;

namespace KetamineInfo.Web.Caching;

/// <summary>Which cache keeps rendered pages.</summary>
public enum PageCacheEngine
{
    PageStore,
    OutputCache,
}

/// <summary>The rendered-page cache (section <c>Caching</c>).</summary>
public sealed class PageCacheOptions
{
    public const string Section = "Caching";

    /// <summary>Off only to measure what the cache buys (bench/run).</summary>
    public bool Pages { get; set; } = true;

    /// <summary>
    /// <c>PageStore</c> (shipped) or <c>OutputCache</c>: ASP.NET Core output caching in its place, only so
    /// bench/run can compare the two (<see cref="OutputCacheComparison"/>).
    /// </summary>
    [EnumDataType(typeof(PageCacheEngine), ErrorMessage = "must be PageStore or OutputCache")]
    public PageCacheEngine Engine { get; set; } = PageCacheEngine.PageStore;

    /// <summary>
    /// The most the cache may hold, in bytes (each page counts its plain, Brotli and gzip forms). Past it,
    /// the least recently used pages are dropped and rendered again when next asked for.
    /// </summary>
    [Range(typeof(long), "4096", "68719476736", ErrorMessage = "must be from {1} to {2} bytes (96 MB by default)")]
    public long MaxBytes { get; set; } = 96L * 1024 * 1024;
}
