using KetamineInfo.Content.Model;

namespace KetamineInfo.Web.Feedback;

/// <summary>
/// What the feedback form shows: for which article and version, which kind, and — after a problem — the
/// reader's own answer and words, so nothing they wrote is lost. <see cref="Standalone"/> is the /feedback page.
/// </summary>
public sealed record FeedbackForm(Article Article, string Version, FeedbackKind Kind, string? Answer, string? Text, string? Problem, string Action, bool Standalone = false)
{
    public string KindName => FeedbackEntry.KindName(Kind);

    public int MaxLength => FeedbackEntry.MaxTextLength;
}

/// <summary>The feedback section at the end of an article: the form, or the thank-you after a reader sent it.</summary>
public sealed record ArticleFeedback(FeedbackForm Form, bool Thanked)
{
    public string ReportUrl => $"{Form.Action}?article={Uri.EscapeDataString(Form.Article.Slug)}&kind={FeedbackEntry.KindName(FeedbackKind.ErrorReport)}";
}
