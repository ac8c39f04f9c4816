namespace KetamineInfo.Content.Model;

/// <summary>
/// A standalone page from content/pages (about, questions, the options grid): the same kind of page as an article,
/// with dates, history and a clinician's sign-off, but no place in the article list.
/// </summary>
public sealed record InfoPage(InfoPageMetadata Metadata, RenderedBody Body, string SourcePath)
{
    /// <summary>
    /// <c>pages/home.md</c> is the home page's guide ("What brings you here?"), shown at <c>/</c> above the
    /// articles; it has no address of its own.
    /// </summary>
    public const string HomeSlug = "home";

    public string Slug => Metadata.Slug;

    public string Title => Metadata.Title;

    public string Summary => Metadata.Summary;

    /// <summary>A fingerprint of the words a clinician approves (see <see cref="Article.Fingerprint"/>).</summary>
    public string Fingerprint { get; init; } = string.Empty;

    /// <summary>Whether a clinician's sign-off holds for the words readers see now.</summary>
    public ReviewStatus Review { get; init; } = ReviewStatus.NotReviewed;
}

/// <summary>A standalone page's front matter after validation: what every page shares, and nothing else.</summary>
public sealed record InfoPageMetadata(
    string Slug,
    string Title,
    string Summary,
    DateOnly LastReviewed,
    DateOnly NextReview,
    DateOnly? Updated,
    IReadOnlyList<PageChange> Changes) : IReviewedMetadata
{
    /// <summary>The date the page last changed: the later of the edit and review dates.</summary>
    public DateOnly LastModified => Updated is { } u && u > LastReviewed ? u : LastReviewed;
}
