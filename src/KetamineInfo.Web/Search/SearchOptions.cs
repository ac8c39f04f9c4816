using System.ComponentModel.DataAnnotations;

namespace KetamineInfo.Web.Search;

/// <summary>How many searches one client may make in a window (section <c>Search</c>).</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";
    public const string RateLimitPolicy = "search";

    [Range(1, 100_000, ErrorMessage = "must be from {1} to {2} searches per window")]
    public int PermitLimit { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "must be from {1} to {2}")]
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Searches that may run at once, across all clients: half the processors, so pages always have some.</summary>
    [Range(1, 1024, ErrorMessage = "must be from {1} to {2}")]
    public int MaxConcurrent { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Searches that may wait for a free slot; beyond these, 503 with Retry-After.</summary>
    [Range(0, 10_000, ErrorMessage = "must be from {1} to {2}")]
    public int QueueLimit { get; set; } = 16;

    /// <summary>The longest a search waits for a free slot before it too is answered 503 with Retry-After.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "must be from {1} (never wait) to {2}")]
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(1);
}
