namespace KetamineInfo.Web.Feedback;

/// <summary>What a reader sent: an answer to "Was this page useful?", or a report of a mistake.</summary>
public enum FeedbackKind
{
    Answer,
    ErrorReport,
}

/// <summary>
/// One reader's feedback, and all that is kept of it: the article, the version of its words they saw, the
/// answer, the kind, the optional text (emails and phone numbers masked) and the hour. Nothing about the reader.
/// </summary>
public sealed record FeedbackEntry(string Article, string ContentVersion, FeedbackKind Kind, bool? Useful, string? Text, DateTimeOffset Hour)
{
    public const int MaxTextLength = 1000;

    /// <summary>The time, rounded down to the hour: when is kept only as closely as the summaries need.</summary>
    public static DateTimeOffset HourOf(DateTimeOffset time) =>
        new(time.UtcDateTime.Year, time.UtcDateTime.Month, time.UtcDateTime.Day, time.UtcDateTime.Hour, 0, 0, TimeSpan.Zero);

    /// <summary>The version of an article's words a reader saw: the first 12 hex digits of its fingerprint.</summary>
    public static string VersionOf(string fingerprint) =>
        fingerprint.StartsWith("sha256:", StringComparison.Ordinal) && fingerprint.Length >= 19 ? fingerprint[7..19] : "unknown";

    public static string KindName(FeedbackKind kind) => kind == FeedbackKind.ErrorReport ? "error-report" : "answer";

    public static FeedbackKind? ParseKind(string? name) => name switch
    {
        "answer" => FeedbackKind.Answer,
        "error-report" => FeedbackKind.ErrorReport,
        _ => null,
    };
}
