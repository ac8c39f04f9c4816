using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Feedback;

/// <summary>
/// The feedback store in /readyz: Degraded when it cannot be written or does not answer, never Unhealthy —
/// pages do not need it, and an orchestrator must not pull every instance that shares a sick database.
/// </summary>
internal sealed class FeedbackHealthCheck(FeedbackWriter writer, FeedbackBudget budget, IFeedbackStore store, IOptions<FeedbackOptions> options) : IHealthCheck
{
    /// <summary>
    /// How long /readyz waits for the store (the registration's timeout): under the 2 s or so a probe allows,
    /// so a frozen database makes readiness say Degraded rather than time the probe out.
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1.5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.TakenHere)
        {
            return HealthCheckResult.Healthy("Feedback is not taken by this site.");
        }

        try
        {
            await writer.CheckAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Degraded($"The feedback store did not answer within {Timeout.TotalSeconds:N1} s. Pages are unaffected.");
        }

        return writer.Problem is { } problem
            ? HealthCheckResult.Degraded($"Feedback cannot be stored right now: {problem}. Pages are unaffected.")
            : budget.Spent is { } spent
            ? HealthCheckResult.Degraded($"No more feedback is taken right now: {spent}. Pages are unaffected.")
            : HealthCheckResult.Healthy($"Feedback is stored in {store.Description}.");
    }
}
