using System.Globalization;
using KetamineInfo.Content.Model;
using KetamineInfo.Web.Feedback;
using KetamineInfo.Web.Logging;
using KetamineInfo.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Pages;

/// <summary>
/// <c>/feedback</c>: the reader's answer to "Was this page useful?" or a report of a mistake. GET shows the form
/// for an article (the "Report a mistake" link), or, without one, the list of articles to choose from; POST stores it and, without JavaScript, sends the reader back
/// to the article's feedback section with a thank-you (a redirect, so a reload never sends it twice). With
/// JavaScript, the same POST asks for JSON and the page thanks the reader in place. Nothing about the reader is
/// kept, and a bad or failed submission always gives the reader's words back to them.
/// No antiforgery token: that needs a cookie, and this site sets none; the Origin check does its job.
/// </summary>
[IgnoreAntiforgeryToken]
[EnableRateLimiting(FeedbackServices.RateLimitPolicy)]
[RequestSizeLimit(MaxBodyBytes)]
[RequestFormLimits(ValueCountLimit = 16, ValueLengthLimit = MaxBodyBytes, KeyLengthLimit = 32, MultipartBodyLengthLimit = MaxBodyBytes)]
public sealed class FeedbackModel(PublishedSite site, Chrome text, FeedbackWriter writer, FeedbackBudget budget, TimeProvider clock, IOptions<SiteOptions> siteOptions, IOptions<FeedbackOptions> feedbackOptions) : PageModel
{
    /// <summary>Room for 1,000 characters of any script (up to 4 bytes each, form-encoded) and the other fields.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    [BindProperty(Name = "article")]
    public string? ArticleSlug { get; set; }

    [BindProperty(Name = "version")]
    public string? Version { get; set; }

    [BindProperty(Name = "kind")]
    public string? KindName { get; set; }

    [BindProperty(Name = "useful")]
    public string? Answer { get; set; }

    [BindProperty(Name = "text")]
    public string? Text { get; set; }

    /// <summary>A field people never see or fill; software that fills every field gives itself away.</summary>
    [BindProperty(Name = "website")]
    public string? Website { get; set; }

    /// <summary>The article or page the feedback is about, once named.</summary>
    public FeedbackTarget? Target { get; private set; }

    public FeedbackKind Kind { get; private set; } = FeedbackKind.Answer;

    /// <summary>The pages feedback can be about, for a reader who reached this page without naming one.</summary>
    public IReadOnlyList<FeedbackTarget> Targets => FeedbackTargets.All(site, text.Language);

    /// <summary>The form as this page shows it: after a problem, with the reader's own answer and words.</summary>
    public FeedbackForm Form => new(Target!, Version ?? FeedbackEntry.VersionOf(Target!.Fingerprint), Kind, Answer, Text, Problem, SitePaths.FeedbackIn(text.Language), Standalone: true);

    /// <summary>What went wrong, in words for the reader, or null.</summary>
    public string? Problem { get; private set; }

    public IActionResult OnGet([FromQuery(Name = "article")] string? article, [FromQuery(Name = "kind")] string? kind)
    {
        ArticleSlug = article;
        Target = article is null ? null : FeedbackTargets.Find(site, article);
        Kind = FeedbackEntry.ParseKind(kind) ?? FeedbackKind.Answer;
        if (Target is null)
        {
            // A reload after a failed post, or a link without its page: ask which page, never a dead end.
            return Page();
        }

        Version = FeedbackEntry.VersionOf(Target.Fingerprint);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A body over the limit is not read into fields (the form reader stops): say so plainly.
        if (Request.ContentLength > MaxBodyBytes
            || ModelState.Values.SelectMany(v => v.Errors).Any(e => e.Exception is BadHttpRequestException or InvalidDataException))
        {
            return Plain(StatusCodes.Status413PayloadTooLarge, text.Format("feedback.refused_too_large", ("max", FeedbackEntry.MaxTextLength.ToString("N0", CultureInfo.InvariantCulture))));
        }

        // A form with more fields than this one has (RequestFormLimits) is not read at all: say that, not "no page".
        if (Request.HasFormContentType)
        {
            try
            {
                _ = await Request.ReadFormAsync(HttpContext.RequestAborted);
            }
            catch (InvalidDataException)
            {
                return Plain(StatusCodes.Status400BadRequest, text["feedback.refused_fields"]);
            }
        }

        if (!IsFromThisSite())
        {
            return Plain(StatusCodes.Status403Forbidden, text["feedback.refused_origin"]);
        }

        Target = ArticleSlug is null ? null : FeedbackTargets.Find(site, ArticleSlug);
        if (Target is null)
        {
            return Plain(StatusCodes.Status400BadRequest, text["feedback.refused_no_page"]);
        }

        if (FeedbackEntry.ParseKind(KindName) is not { } kind)
        {
            return Plain(StatusCodes.Status400BadRequest, text["feedback.refused_kind"]);
        }

        Kind = kind;
        if (Version is null || Version.Length > 16 || !Version.All(char.IsAsciiLetterOrDigit))
        {
            return Plain(StatusCodes.Status400BadRequest, text["feedback.refused_version"]);
        }

        bool? useful = Answer switch { "yes" => true, "no" => false, _ => null };
        Problem =
            Kind == FeedbackKind.Answer && useful is null ? text["feedback.problem_choose"]
            : Kind == FeedbackKind.ErrorReport && string.IsNullOrWhiteSpace(Text) ? text["feedback.problem_empty_report"]
            : Text is not null && ReaderLength(Text) > FeedbackEntry.MaxTextLength ? text.Format("feedback.problem_too_long", ("length", ReaderLength(Text).ToString("N0", CultureInfo.InvariantCulture)), ("max", FeedbackEntry.MaxTextLength.ToString("N0", CultureInfo.InvariantCulture)))
            : null;
        if (Problem is not null)
        {
            return Answered(StatusCodes.Status400BadRequest);
        }

        if (!string.IsNullOrEmpty(Website))
        {
            return Thanked(); // looks the same to the sender, and nothing is stored
        }

        if (!budget.TryTake())
        {
            Problem = text["feedback.problem_flood"];
            RequestLogLevel.MarkRefusedOnPurpose(HttpContext);
            Response.Headers.RetryAfter = FeedbackServices.RetryAfterSpentSeconds.ToString(CultureInfo.InvariantCulture);
            return Answered(StatusCodes.Status503ServiceUnavailable);
        }

        var entry = new FeedbackEntry(Target.Key, Version, Kind, Kind == FeedbackKind.Answer ? useful : null, FeedbackText.Clean(Text), FeedbackEntry.HourOf(clock.GetUtcNow()));
        if (!await writer.TrySubmitAsync(entry, HttpContext.RequestAborted))
        {
            budget.GiveBack();
            Problem = text["feedback.problem_cannot_save"];
            Response.Headers.RetryAfter = "60";
            return Answered(StatusCodes.Status503ServiceUnavailable);
        }

        return Thanked();
    }


    /// <summary>Characters as a reader sees them: an emoji or a letter with its accent is one (a text element), not two.</summary>
    private static int ReaderLength(string text) => new StringInfo(text).LengthInTextElements;

    private bool WantsJson => FeedbackServices.WantsJson(Request);

    private IActionResult Thanked() => WantsJson
        ? new JsonResult(new { ok = true, message = text["feedback.thank_you"] })
        : SeeOther($"{Target!.Path}?feedback=thanks#feedback");

    // 303 See Other: the browser fetches the article with a GET, so reloading it never posts again.
    private StatusCodeResult SeeOther(string url)
    {
        Response.Headers.Location = url;
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private IActionResult Answered(int status)
    {
        if (WantsJson)
        {
            return new JsonResult(new { ok = false, message = Problem }) { StatusCode = status };
        }

        Response.StatusCode = status;
        return Page();
    }

    private ContentResult Plain(int status, string message) => WantsJson
        ? new ContentResult { StatusCode = status, ContentType = "application/json; charset=utf-8", Content = System.Text.Json.JsonSerializer.Serialize(new { ok = false, message }) }
        : new ContentResult { StatusCode = status, ContentType = "text/plain; charset=utf-8", Content = message };

    /// <summary>
    /// A browser sends the page's origin with a POST (Referrer-Policy same-origin keeps it). It must be this
    /// site: the address readers use (Site:BaseUrl) or the one this request reached. A forged form on another
    /// site carries that site's origin and is refused.
    /// </summary>
    private bool IsFromThisSite()
    {
        var origin = Request.Headers.Origin.ToString();
        if (origin.Length == 0 || origin == "null")
        {
            return false;
        }

        var own = $"{Request.Scheme}://{Request.Host}";
        var configured = siteOptions.Value.BaseUrl is { Length: > 0 } baseUrl && Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) || string.Equals(origin, configured, StringComparison.OrdinalIgnoreCase)
            || feedbackOptions.Value.AllowedOrigins.Any(allowed => string.Equals(origin, allowed.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
    }
}
