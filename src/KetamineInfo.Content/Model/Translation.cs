namespace KetamineInfo.Content.Model;

/// <summary>
/// An article or standalone page in another language (<c>content/es/articles/*.md</c>, <c>content/es/pages/*.md</c>): its own
/// slug and words, the English document it translates, and which version of that document's words it was made from.
/// </summary>
public sealed record Translation(TranslationMetadata Metadata, RenderedBody Body, string SourcePath, bool IsPage)
{
    /// <summary>The languages a translation may be in, besides English: each is a folder under <c>content/</c>.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["es"];

    public string Slug => Metadata.Slug;

    public string Title => Metadata.Title;

    public string Language => Metadata.Language;

    /// <summary>A fingerprint of this translation's own words (see <see cref="Article.Fingerprint"/>).</summary>
    public string Fingerprint { get; init; } = string.Empty;

    /// <summary>Whether a bilingual clinician's sign-off holds for these words (its own, never the English page's).</summary>
    public ReviewStatus Review { get; init; } = ReviewStatus.NotReviewed;

    /// <summary>The English source's fingerprint, short form, when this version was loaded; empty where the source was not served.</summary>
    public string SourceVersion { get; init; } = string.Empty;

    /// <summary>The date the English source last changed (its <c>updated</c> or review date), where it was served.</summary>
    public DateOnly? SourceLastModified { get; init; }

    /// <summary>Whether the English words changed since this translation was made: its readers are told, and linked to them.</summary>
    public bool IsBehind => SourceVersion.Length > 0 && !string.Equals(SourceVersion, Metadata.TranslatedFrom, StringComparison.Ordinal);

    /// <summary>The first 12 hex digits of a fingerprint (<c>sha256:…</c>): what <c>translated_from</c> records.</summary>
    public static string ShortVersion(string fingerprint) =>
        fingerprint.StartsWith("sha256:", StringComparison.Ordinal) && fingerprint.Length >= 19 ? fingerprint[7..19] : string.Empty;
}

/// <summary>A translation's front matter after validation: a page's keys, plus what it translates and from which version.</summary>
public sealed record TranslationMetadata(
    string Slug,
    string Title,
    string Summary,
    DateOnly LastReviewed,
    DateOnly NextReview,
    DateOnly? Updated,
    IReadOnlyList<PageChange> Changes,
    string Language,
    string TranslationOf,
    string TranslatedFrom) : IReviewedMetadata
{
    /// <summary>The date the page last changed: the later of the edit and review dates.</summary>
    public DateOnly LastModified => Updated is { } u && u > LastReviewed ? u : LastReviewed;
}
