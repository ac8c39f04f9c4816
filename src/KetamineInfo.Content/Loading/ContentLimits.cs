namespace KetamineInfo.Content.Loading;

/// <summary>Bounds on what the loader will read, so a hostile or mistaken file costs a diagnostic, not the site.</summary>
public sealed record ContentLimits
{
    public long MaxFileBytes { get; init; } = 1024 * 1024;

    public int MaxFiles { get; init; } = 2000;

    public static ContentLimits Default { get; } = new();
}
