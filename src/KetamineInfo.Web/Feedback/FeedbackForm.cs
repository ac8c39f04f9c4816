namespace KetamineInfo.Web.Feedback;

/// <summary>
/// What feedback can be about: any page a reader can open, article or standalone page. <see cref="Key"/> is what
/// is stored: an article's slug, or <c>pages/</c> and a page's slug (a slug has no '/', so the two never meet).
/// </summary>
public sealed record FeedbackTarget(string Key, string Title, string Path, string Fingerprint)
{
    public const string PagePrefix = "pages/";

    public bool IsPage => Key.StartsWith(PagePrefix, StringComparison.Ordinal);

    /// <summary>A translation's key: its language, then its English kind's key (<c>es/que-es-la-ketamina</c>, <c>es/pages/acerca-de</c>).</summary>
    public static string KeyOf(KetamineInfo.Content.Model.Translation translation) =>
        $"{translation.Language}/{(translation.IsPage ? PagePrefix : string.Empty)}{translation.Slug}";

    /// <summary>The address of the translation a key names (<c>es/pages/acerca-de</c> → <c>/es/acerca-de</c>), or null for an English key.</summary>
    public static string? TranslationPathOf(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !KetamineInfo.Content.Model.Translation.Languages.Contains(key[..slash]))
        {
            return null;
        }

        var rest = key[(slash + 1)..];
        var slug = SlugOf(rest);
        return KetamineInfo.Content.Model.Slug.IsValid(slug)
            ? KetamineInfo.Content.Model.SitePaths.Translated(key[..slash], rest.StartsWith(PagePrefix, StringComparison.Ordinal), slug)
            : null;
    }

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
