using KetamineInfo.Content.Model;
using KetamineInfo.Web.Feedback;
using KetamineInfo.Web.Publishing;
using KetamineInfo.Web.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Pages.Articles;

public sealed class ShowModel(PublishedSite published, IOptions<SiteOptions> site, IOptions<FeedbackOptions> feedback, TimeProvider clock) : PageModel
{
    /// <summary>Articles with at least this many sections get an "On this page" list.</summary>
    public const int ContentsThreshold = 3;

    public Article Article { get; private set; } = null!;

    public PageMetadata Metadata { get; private set; } = null!;

    public string PageUrl { get; private set; } = string.Empty;

    public string ClinicianNotice => published.Site.ClinicianNotice;

    public string? EditUrl => site.Value.EditUrl(Article.SourcePath);

    /// <summary>An overdue review never takes a page down; readers are told instead.</summary>
    public bool ReviewOverdue => PublishedSite.IsDueForReview(Article, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    public IReadOnlyList<Heading> Sections => [.. Article.Body.Headings.Where(h => h.Level == 2)];

    public ShareLinks Share => new(Article.Title, Article.Metadata.Summary, PageUrl);

    /// <summary>
    /// The feedback section, or null where there is no form (a static copy with nowhere to post). After a reader
    /// sent it without JavaScript, they come back here with <c>?feedback=thanks</c> and see the thank-you.
    /// </summary>
    public PageFeedback? Feedback => feedback.Value.Form
        ? new PageFeedback(
            new FeedbackForm(FeedbackTargets.Of(Article), FeedbackEntry.VersionOf(Article.Fingerprint), FeedbackKind.Answer, null, null, null, feedback.Value.FormAction),
            Request.Query["feedback"] == "thanks")
        : null;

    public IActionResult OnGet(string slug)
    {
        if (published.FindArticle(slug) is not { } article)
        {
            // A renamed article keeps its old links working.
            return published.Redirects.TryGetValue(SitePaths.Article(slug), out var moved)
                ? RedirectPermanent(moved)
                : NotFound();
        }

        Article = article;
        var path = SitePaths.Article(article.Slug);
        PageUrl = site.Value.Absolute(Request, path);
        var home = site.Value.Absolute(Request, "/");
        Metadata = new PageMetadata(article.Title, article.Metadata.Summary, path)
        {
            OpenGraphType = "article",
            NoIndex = article.Metadata.Draft,
            Modified = article.Metadata.LastModified,
            StructuredData =
            [
                StructuredData.MedicalWebPage(article, PageUrl, home, published.Site.Name, published.Site.Publisher),
                StructuredData.Breadcrumbs(("Home", home), (article.Title, PageUrl)),
            ],
        };
        return Page();
    }
}
