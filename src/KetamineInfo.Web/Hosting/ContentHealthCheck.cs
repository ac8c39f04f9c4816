using KetamineInfo.Content.Loading;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KetamineInfo.Web.Hosting;

/// <summary>
/// Readiness: content is loaded and there are articles to serve. Content errors, and a reload that failed or
/// is taking too long, make it Degraded, not Unhealthy — the site still serves the last good versions, and a
/// container platform should keep routing to it.
/// </summary>
internal sealed class ContentHealthCheck(ContentStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = store.Current;
        var errors = snapshot.Diagnostics.Count(d => d.IsError);
        var data = new Dictionary<string, object>
        {
            ["snapshot"] = snapshot.Version,
            ["articles"] = snapshot.Articles.Count,
            ["errors"] = errors,
        };
        var reloadProblem = store.ReloadProblem;
        var result =
            snapshot.Articles.Count == 0 ? HealthCheckResult.Unhealthy("No articles are loaded.", data: data)
            : reloadProblem is not null ? HealthCheckResult.Degraded($"Content is not up to date: {reloadProblem}.", data: data)
            : errors > 0 ? HealthCheckResult.Degraded($"{errors} content errors; the last good versions are served.", data: data)
            : HealthCheckResult.Healthy($"{snapshot.Articles.Count} articles loaded.", data);
        return Task.FromResult(result);
    }
}
