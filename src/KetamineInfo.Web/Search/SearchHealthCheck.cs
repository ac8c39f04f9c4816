using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KetamineInfo.Web.Search;

/// <summary>/readyz: search is Degraded while its first index is still being built, then Healthy.</summary>
internal sealed class SearchHealthCheck(SearchService search) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(search.Ready.IsCompletedSuccessfully
            ? HealthCheckResult.Healthy("The search index is built.")
            : HealthCheckResult.Degraded("Search is starting: its index is being built. Pages are served."));
}
