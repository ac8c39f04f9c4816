using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KetamineInfo.Web.Feedback;

/// <summary>The feedback store in /readyz: degraded when it fails, never unhealthy — pages do not need it.</summary>
internal sealed class FeedbackHealthCheck(FeedbackWriter writer, IFeedbackStore store, Microsoft.Extensions.Options.IOptions<FeedbackOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        !options.Value.TakenHere ? HealthCheckResult.Healthy("Feedback is not taken by this site.")
        : await writer.CheckAsync(cancellationToken) && writer.Problem is null // a failed write since the last check counts too
            ? HealthCheckResult.Healthy($"Feedback is stored in {store.Description}.")
            : HealthCheckResult.Degraded($"Feedback cannot be stored right now: {writer.Problem}. Pages are unaffected.");
}
