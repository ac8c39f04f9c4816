namespace KetamineInfo.Content.Model;

/// <summary>One article, parsed and rendered once per content snapshot.</summary>
public sealed record Article(ArticleMetadata Metadata, RenderedBody Body, string SourcePath)
{
    /// <summary>An article's address: <c>/articles/{slug}</c> (<see cref="SitePaths.Article"/>).</summary>
    public static string PathFor(string slug) => SitePaths.Article(slug);

    public string Slug => Metadata.Slug;

    public string Title => Metadata.Title;

    /// <summary>A fingerprint of the clinical content (title, summary, body) that a sign-off records.</summary>
    public string Fingerprint { get; init; } = string.Empty;

    /// <summary>Whether a clinician's sign-off holds for the words readers see now.</summary>
    public ReviewStatus Review { get; init; } = ReviewStatus.NotReviewed;
}

/// <summary>
/// What every page a reader can open shares, article or standalone page: its words' title and summary, when it was
/// last checked and is next due, and its history. Sign-offs, review notices and the release check read only this.
/// </summary>
public interface IReviewedMetadata
{
    string Slug { get; }

    string Title { get; }

    string Summary { get; }

    DateOnly LastReviewed { get; }

    DateOnly NextReview { get; }

    DateOnly? Updated { get; }

    IReadOnlyList<PageChange> Changes { get; }

    /// <summary>The date the page last changed: the later of the edit and review dates.</summary>
    DateOnly LastModified { get; }
}

/// <summary>An article's front matter after validation.</summary>
public sealed record ArticleMetadata(
    string Slug,
    string Title,
    string Summary,
    int Order,
    DateOnly LastReviewed,
    DateOnly NextReview,
    DateOnly? Updated,
    IReadOnlyList<string> Aliases,
    bool Draft,
    IReadOnlyList<PageChange> Changes) : IReviewedMetadata
{
    /// <summary>The date the page last changed: the later of the edit and review dates.</summary>
    public DateOnly LastModified => Updated is { } u && u > LastReviewed ? u : LastReviewed;
}

/// <summary>
/// One line of an article's page history. A clinical change or a correction changes what the page says about
/// health, so it voids a clinician's sign-off; an editorial change (typo, link, wording) keeps it.
/// </summary>
public sealed record PageChange(DateOnly Date, string Summary, ChangeKind Kind)
{
    public bool Clinical => Kind != ChangeKind.Editorial;
}

/// <summary>What a change did: <c>kind:</c> in an article's <c>changes:</c> list.</summary>
public enum ChangeKind
{
    Editorial,
    Clinical,
    Correction,
}
