namespace KetamineInfo.Content.Loading;

/// <summary>Bounds on what the loader will read, so a hostile or mistaken file costs a diagnostic, not the site.</summary>
public sealed record ContentLimits
{
    public long MaxFileBytes { get; init; } = 1024 * 1024;

    public int MaxFiles { get; init; } = 2000;

    /// <summary>
    /// How long one file may take to parse, and again to render. Real articles take milliseconds; the limit is
    /// generous so a busy machine never trips it, and a file over it is stopped and reported (KI0004).
    /// </summary>
    public TimeSpan MaxProcessingTime { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The most HTML one page's body may render to (KI0130): the largest real page renders about 200 KB in all, and a
    /// valid 800 KB table once rendered 11.6 MB, which every reader's phone would download and the server hold per
    /// reader. A page over it is not served; its last good version is.
    /// </summary>
    public long MaxRenderedBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// How long loading all the content may take before <c>check</c> fails (KI0131): start-up and every reload take
    /// that long. The real content loads in about a second; ten hostile files once made start-up take 22 s.
    /// </summary>
    public TimeSpan MaxLoadTime { get; init; } = TimeSpan.FromSeconds(10);

    public static ContentLimits Default { get; } = new();
}
