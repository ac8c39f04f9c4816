namespace KetamineInfo.Web.Sharing;

/// <summary>
/// What a page tells browsers, search engines and link previews about itself: title, summary, canonical
/// path, Open Graph type, dates and structured data. Pages set it; the layout writes the tags.
/// </summary>
public sealed record PageMetadata(string? Title, string Description, string Path)
{
    public const string ViewDataKey = nameof(PageMetadata);

    /// <summary>"article" for articles, "website" otherwise.</summary>
    public string OpenGraphType { get; init; } = "website";

    public DateOnly? Modified { get; init; }

    /// <summary>Keep the page out of search engines (a draft shown to editors).</summary>
    public bool NoIndex { get; init; }

    /// <summary>JSON-LD objects, serialized safely by <see cref="StructuredData"/>.</summary>
    public IReadOnlyList<object> StructuredData { get; init; } = [];
}
