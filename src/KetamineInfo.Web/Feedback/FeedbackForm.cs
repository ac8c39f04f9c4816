namespace KetamineInfo.Web.Feedback;

/// <summary>
/// What feedback can be about: any page a reader can open, article or standalone page. <see cref="Key"/> is what
/// is stored: an article's slug, or <c>pages/</c> and a page's slug (a slug has no '/', so the two never meet).
/// </summary>
public sealed record FeedbackTarget(string Key, string Title, string Path, string Fingerprint)
{
    public const string PagePrefix = "pages/";

    public bool IsPage => Key.StartsWith(PagePrefix, StringComparison.Ordinal);

    /// <summary>The page's slug, for a key of either kind.</summary>
    public static string SlugOf(string key) => key.StartsWith(PagePrefix, StringComparison.Ordinal) ? key[PagePrefix.Length..] : key;
}

/// <summary>
/// What the feedback form shows: for which page and version, which kind, and — after a problem — the
/// reader's own answer and words, so nothing they wrote is lost. <see cref="Standalone"/> is the /feedback page.
/// </summary>
public sealed record FeedbackForm(FeedbackTarget Target, string Version, FeedbackKind Kind, string? Answer, string? Text, string? Problem, string Action, bool Standalone = false)
{
    public string KindName => FeedbackEntry.KindName(Kind);

    public int MaxLength => FeedbackEntry.MaxTextLength;
}

/// <summary>The feedback section at the end of a page: the form, or the thank-you after a reader sent it.</summary>
public sealed record PageFeedback(FeedbackForm Form, bool Thanked)
{
    public string ReportUrl => $"{Form.Action}?article={Uri.EscapeDataString(Form.Target.Key)}&kind={FeedbackEntry.KindName(FeedbackKind.ErrorReport)}";
}
