using KetamineInfo.Content.Model;
using System.ComponentModel.DataAnnotations;
using KetamineInfo.Web.Connections;
using KetamineInfo.Web.Settings;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KetamineInfo.Web.Feedback;

/// <summary>The feedback store (SQLite, or PostgreSQL when <c>ConnectionStrings:Feedback</c> is set), its writer, health and rate limit.</summary>
public static class FeedbackServices
{
    public const string Path = SitePaths.Feedback;
    public const string RateLimitPolicy = "feedback";

    /// <summary>Retry-After once the site-wide budget is spent: the budget is counted by the hour.</summary>
    public const int RetryAfterSpentSeconds = 3600;

    /// <summary>The page's own script asks for JSON; a browser without JavaScript asks for HTML.</summary>
    public static bool WantsJson(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>Refuses posts cheaply once the site-wide budget is spent (<see cref="FeedbackFloodGate"/>): before routing.</summary>
    public static IApplicationBuilder UseFeedbackFloodGate(this IApplicationBuilder app) => app.UseMiddleware<FeedbackFloodGate>();

    public static IServiceCollection AddKetamineFeedback(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<FeedbackOptions>(FeedbackOptions.Section);
        services.AddValidatedOptions<FeedbackLimitOptions>(FeedbackOptions.Section);
        services.AddSingleton<IFeedbackStore>(sp => configuration.GetConnectionString("Feedback") is { Length: > 0 } postgres
            ? new PostgresFeedbackStore(postgres)
            : new SqliteFeedbackStore(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<FeedbackOptions>>().Value.ResolvePath()));
        services.AddSingleton<FeedbackWriter>();
        services.AddSingleton<FeedbackBudget>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedbackWriter>());
        // Degraded even when the check itself throws or runs out of time: feedback never takes an instance out of rotation.
        services.AddHealthChecks().AddCheck<FeedbackHealthCheck>("feedback", HealthStatus.Degraded, ["ready"], FeedbackHealthCheck.Timeout);
        services.AddClientRateLimit<FeedbackLimitOptions>(RateLimitPolicy, limits => (limits.PermitLimit, limits.Window),
            "Too many messages from your connection in a short time. Please wait a few minutes and try again. Thank you for your patience.");
        return services;
    }
}

/// <summary>How many feedback posts one client may send in a window (section <c>Feedback</c>).</summary>
public sealed class FeedbackLimitOptions
{
    [Range(1, 1_000_000, ErrorMessage = "must be from {1} to {2} answers per window")]
    public int PermitLimit { get; set; } = 20;

    /// <summary>
    /// Answers the whole site takes in one hour, whoever sends them. A stored answer is at most about 4 KB (1,000
    /// characters of any script, and its fields), so 2,000 an hour is at most about 8 MB an hour.
    /// </summary>
    [Range(1, 10_000_000, ErrorMessage = "must be from {1} to {2}")]
    public int MaxPerHour { get; set; } = 2_000;

    /// <summary>Answers the whole site takes in one day: 20,000 is at most about 80 MB a day, kept for RetentionDays.</summary>
    [Range(1, 100_000_000, ErrorMessage = "must be from {1} to {2}")]
    public int MaxPerDay { get; set; } = 20_000;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "must be from {1} to {2}")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a post waits for its refusal once the site-wide budget is spent (0 answers at once). A flood that
    /// waits for each answer slows to one post per connection per delay; a refused reader waits this much more.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10", ErrorMessage = "must be from {1} to {2}")]
    public TimeSpan RefusalDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many refused posts may wait out <see cref="RefusalDelay"/> at once; the rest are answered at once.</summary>
    [Range(0, 100_000, ErrorMessage = "must be from {1} to {2}")]
    public int MaxHeldRefusals { get; set; } = 2_000;
}
