using KetamineInfo.Content.Model;
using KetamineInfo.Web.Feedback;
using KetamineInfo.Web.Publishing;
using KetamineInfo.Web.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Pages.Es;

/// <summary>
/// A translated article (<c>/es/articulos/{slug}</c>) or standalone page (<c>/es/{slug}</c>): the English page's shape,
/// with the words of the translation and the chrome of its language. A translation behind its English source says so.
/// </summary>
public sealed class TranslationModel(PublishedSite published, IOptions<SiteOptions> site, IOptions<FeedbackOptions> feedback, TimeProvider clock) : PageModel
{
    public Translation Translation { get; private set; } = null!;

    public PageMetadata Metadata { get; private set; } = null!;

    /// <summary>The English page this translates: where the notice of a newer English version links.</summary>
    public string EnglishPath => PublishedSite.EnglishPathOf(Translation);

    public string ClinicianNotice => published.Snapshot.ClinicianNoticeFor(Translation.Language);

    /// <summary>The feedback section, posting to the Spanish feedback page (answered in Spanish); null where there is no form.</summary>
    public PageFeedback? Feedback => feedback.Value.Form
        ? new PageFeedback(
            new FeedbackForm(FeedbackTargets.Of(Translation), FeedbackEntry.VersionOf(Translation.Fingerprint), FeedbackKind.Answer, null, null, null, feedback.Value.FormActionIn(Translation.Language)),
            Request.Query["feedback"] == "thanks")
        : null;

    public ReviewFacts Facts => new(Translation.Metadata, Translation.Review,
        PublishedSite.IsDueForReview(Translation.Metadata, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));

    public IActionResult OnGet(string slug)
    {
        var isPage = !(Request.Path.Value ?? string.Empty).StartsWith(SitePaths.SpanishArticlesFolder, StringComparison.Ordinal);
        if (published.FindTranslation(SitePaths.Translated("es", isPage, slug)) is not { } translation)
        {
            return NotFound();
        }

        Translation = translation;
        var path = PublishedSite.TranslatedPathOf(translation);
        Metadata = new PageMetadata(translation.Title, translation.Metadata.Summary, path)
        {
            OpenGraphType = isPage ? "website" : "article",
            // A translation of a draft is seen only where the draft is (an editors' preview), and never indexed.
            NoIndex = !isPage && published.FindArticle(translation.Metadata.TranslationOf)?.Metadata.Draft == true,
            Modified = translation.Metadata.LastModified,
            StructuredData =
            [
                StructuredData.TranslatedWebPage(translation, site.Value.Absolute(Request, path), site.Value.Absolute(Request, EnglishPath),
                    site.Value.Absolute(Request, SitePaths.SpanishHome), published.Site.Name, published.Site.Publisher),
            ],
        };
        return Page();
    }
}
