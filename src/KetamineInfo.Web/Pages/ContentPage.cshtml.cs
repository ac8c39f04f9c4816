using KetamineInfo.Content.Model;
using KetamineInfo.Web.Feedback;
using KetamineInfo.Web.Publishing;
using KetamineInfo.Web.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Pages;

/// <summary>
/// A standalone page from content/pages: /about, /questions, /treatment-options and any an editor adds. It is the
/// same kind of page as an article: its dates, review status, history and feedback section come with it.
/// </summary>
public sealed class ContentPageModel(PublishedSite published, IOptions<SiteOptions> site, IOptions<FeedbackOptions> feedback, TimeProvider clock) : PageModel
{
    public InfoPage Document { get; private set; } = null!;

    public ReviewFacts Facts => new(Document.Metadata, Document.Review,
        PublishedSite.IsDueForReview(Document.Metadata, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));

    public string ClinicianNotice => published.Site.ClinicianNotice;

    /// <summary>As on an article: the form, or the thank-you after a reader sent it without JavaScript; null in a static copy.</summary>
    public PageFeedback? Feedback => feedback.Value.Form
        ? new PageFeedback(
            new FeedbackForm(FeedbackTargets.Of(Document), FeedbackEntry.VersionOf(Document.Fingerprint), FeedbackKind.Answer, null, null, null, feedback.Value.FormAction),
            Request.Query["feedback"] == "thanks")
        : null;

    public ShareLinks Share => new(Document.Title, Document.Summary, site.Value.Absolute(Request, SitePaths.Page(Document.Slug)));

    public IActionResult OnGet(string slug)
    {
        if (published.FindPage(slug) is not { } page)
        {
            return NotFound();
        }

        Document = page;
        return Page();
    }
}
