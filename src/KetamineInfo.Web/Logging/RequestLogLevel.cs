using Serilog.Events;

namespace KetamineInfo.Web.Logging;

/// <summary>
/// The level of a request's log line. Serilog's default makes every 5xx an Error; but a 503 the site gives on
/// purpose (the day's feedback is full) is the site working as designed, and a flood of them must not become a
/// flood of Error lines that pages whoever watches for errors. Such answers are logged at Information like any
/// request; the reason is said once, by the part of the site that decided it, and readiness reports it.
/// </summary>
internal static class RequestLogLevel
{
    private static readonly object RefusedOnPurpose = new();

    /// <summary>Marks this request's answer as a deliberate refusal, not a fault.</summary>
    public static void MarkRefusedOnPurpose(HttpContext context) => context.Items[RefusedOnPurpose] = true;

    public static LogEventLevel Of(HttpContext context, double elapsedMs, Exception? exception) =>
        exception is not null ? LogEventLevel.Error
        : context.Response.StatusCode >= 500 && !context.Items.ContainsKey(RefusedOnPurpose) ? LogEventLevel.Error
        : LogEventLevel.Information;
}
