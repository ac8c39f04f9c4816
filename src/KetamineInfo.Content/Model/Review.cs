namespace KetamineInfo.Content.Model;

/// <summary>A clinician who reviews pages, from reviewers.yml. Shown on the editorial team page.</summary>
public sealed record Reviewer(
    string Key,
    string Name,
    string Credentials,
    string Role,
    string RegistrationBody,
    string RegistrationNumber,
    string Conflicts,
    string? Profile)
{
    /// <summary>The languages this reviewer reviews in (<c>languages:</c> in reviewers.yml; English when not given).</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["en"];

    /// <summary>Whether this reviewer can sign off a page in <paramref name="language"/> (a translation: also its English).</summary>
    public bool Reads(string language) => Languages.Contains(language) && Languages.Contains("en");
}

/// <summary>
/// One clinical sign-off from reviews.yml: a reviewer approved the article's clinical content, as it read
/// when its <see cref="Fingerprint"/> was taken, on <see cref="Date"/>.
/// </summary>
public sealed record SignOff(string Article, string Reviewer, DateOnly Date, string Fingerprint, int Line, int Column)
{
    /// <summary>True for <c>page:</c> entries (a standalone page); <see cref="Article"/> then holds the page's slug.</summary>
    public bool IsPage { get; init; }

    public string Slug => Article;

    /// <summary>
    /// Where the sign-off command keeps a copy of the words signed off (relative to the content folder): check compares
    /// later changes with it. Commit it with reviews.yml.
    /// </summary>
    /// <summary>The language of the words signed: <c>en</c>, or a translation's (<c>language: es</c> in reviews.yml).</summary>
    public string Language { get; init; } = "en";

    public static string CopyPath(bool isPage, string slug, string language = "en") =>
        $"signed/{(language == "en" ? string.Empty : language + "-")}{(isPage ? "page" : "article")}-{slug}.txt";
}

/// <summary>Where an article stands with clinical review, as readers are told it.</summary>
public enum ReviewState
{
    /// <summary>No clinician has signed it off.</summary>
    NotReviewed,

    /// <summary>Signed off, and unchanged since, or changed only editorially (recorded in <c>changes:</c>).</summary>
    Reviewed,

    /// <summary>Signed off once, but its clinical content has changed since: awaiting re-review.</summary>
    ChangedSinceReview,
}

/// <summary>An article's review state, with the sign-off and reviewer behind it when there is one.</summary>
public sealed record ReviewStatus(ReviewState State, SignOff? SignOff = null, Reviewer? Reviewer = null)
{
    public static ReviewStatus NotReviewed { get; } = new(ReviewState.NotReviewed);

    /// <summary>The sign-off that holds for the words readers see now, or null.</summary>
    public SignOff? Valid => State == ReviewState.Reviewed ? SignOff : null;
}

/// <summary>A sentence that goes stale on a known day, marked <c>{recheck YYYY-MM-DD}</c> in Markdown.</summary>
public sealed record DatedFact(DateOnly Recheck, int Line, int Column);
