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

    public static ContentLimits Default { get; } = new();
}
