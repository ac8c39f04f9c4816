namespace KetamineInfo.Content.Model;

/// <summary>One article, parsed and rendered once per content snapshot.</summary>
public sealed record Article(ArticleMetadata Metadata, RenderedBody Body, string SourcePath)
{
    /// <summary>The one place an article's address is made: <c>/articles/{slug}</c>.</summary>
    public static string PathFor(string slug) => $"/articles/{slug}";

    public string Slug => Metadata.Slug;

    public string Title => Metadata.Title;
}

/// <summary>An article's front matter after validation.</summary>
public sealed record ArticleMetadata(
    string Slug,
    string Title,
    string Summary,
    int Order,
    DateOnly LastReviewed,
    DateOnly NextReview,
    string? ReviewedBy,
    DateOnly? Updated,
    IReadOnlyList<string> Aliases,
    bool Draft,
    IReadOnlyList<PageChange> Changes)
{
    /// <summary>The date the page last changed: the later of the edit and review dates.</summary>
    public DateOnly LastModified => Updated is { } u && u > LastReviewed ? u : LastReviewed;
}

/// <summary>One line of an article's page history; <see cref="Clinical"/> marks a change to the medical content.</summary>
public sealed record PageChange(DateOnly Date, string Summary, bool Clinical);
