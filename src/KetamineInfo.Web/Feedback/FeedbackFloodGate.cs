using KetamineInfo.Content.Model;
using System.Globalization;
using System.Text.Json;
using KetamineInfo.Web.Logging;
using KetamineInfo.Web.Publishing;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Feedback;

/// <summary>
/// Once the site-wide feedback budget is spent (<see cref="FeedbackBudget"/>), a post is refused here, before
/// routing, model binding or reading its form: a flood from thousands of networks, which no per-network limit
/// stops, then costs the site as little as it can, and readers of pages keep the processor.
/// <para>
/// Each refusal is answered after <see cref="FeedbackLimitOptions.RefusalDelay"/>, holding nothing but a timer.
/// A flood that waits for each answer before sending the next (as most flood tools and scripts do) is slowed to
/// one post per held connection per delay; a reader whose answer is refused anyway waits two seconds more. At
/// most <see cref="FeedbackLimitOptions.MaxHeldRefusals"/> wait at once; past that, refusals are answered at once.
/// </para>
/// <para>
/// A post from a browser without JavaScript (which asks for HTML) then goes on to the feedback page, which
/// refuses it too but shows the reader's words again; the page script asks for JSON and keeps the words itself.
/// </para>
/// </summary>
internal sealed class FeedbackFloodGate(RequestDelegate next, FeedbackBudget budget, IOptions<FeedbackLimitOptions> options, TimeProvider clock)
{
    private int _held;

    /// <param name="text">The page chrome's words as this request's content has them (scoped: the content reloads).</param>
    public async Task InvokeAsync(HttpContext context, Chrome text)
    {
        if (!HttpMethods.IsPost(context.Request.Method)
            || !(context.Request.Path.Equals(SitePaths.Feedback, StringComparison.OrdinalIgnoreCase) || context.Request.Path.Equals(SitePaths.SpanishFeedback, StringComparison.OrdinalIgnoreCase))
            || !budget.IsSpent)
        {
            await next(context);
            return;
        }

        RequestLogLevel.MarkRefusedOnPurpose(context);
        if (!await HoldAsync(context.RequestAborted))
        {
            return; // the sender gave up waiting: nobody to answer
        }

        if (!FeedbackServices.WantsJson(context.Request))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = FeedbackServices.RetryAfterSpentSeconds.ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { ok = false, message = text["feedback.problem_flood"] }), context.RequestAborted);
    }

    /// <summary>Waits out the refusal delay, if there is room to; false when the sender gave up meanwhile.</summary>
    private async Task<bool> HoldAsync(CancellationToken aborted)
    {
        var delay = options.Value.RefusalDelay;
        if (delay <= TimeSpan.Zero)
        {
            return true;
        }

        try
        {
            if (Interlocked.Increment(ref _held) <= options.Value.MaxHeldRefusals)
            {
                await Task.Delay(delay, clock, aborted);
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        finally
        {
            Interlocked.Decrement(ref _held);
        }
    }
}
