using KetamineInfo.Content.Loading;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KetamineInfo.Web.Publishing;

/// <summary>
/// Readiness: content is loaded and there are articles to serve. Content errors, and a reload that failed or
/// is taking too long, make it Degraded, not Unhealthy — the site still serves every page it can, and a
/// container platform should keep routing to it. The description says, per file with errors, which version
/// readers get: its last good version, the file as it is now, or nothing.
/// </summary>
internal sealed class ContentHealthCheck(ContentStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = store.Current;
        var errors = snapshot.Diagnostics.Count(d => d.IsError);
        var files = ServedFiles.WithErrors(snapshot);
        var data = new Dictionary<string, object>
        {
            ["snapshot"] = snapshot.Version,
            ["articles"] = snapshot.Articles.Count,
            ["errors"] = errors,
            ["files"] = files.Take(MaxFilesNamed).Select(f => new { f.Path, f.Errors, served = f.Served.ToString(), f.Version }).ToList(),
        };
        var reloadProblem = store.ReloadProblem;
        var result =
            snapshot.Articles.Count == 0 ? HealthCheckResult.Unhealthy("No articles are loaded.", data: data)
            : reloadProblem is not null ? HealthCheckResult.Degraded($"Content is not up to date: {reloadProblem}.", data: data)
            : errors > 0 ? HealthCheckResult.Degraded(ErrorsDescription(errors, files), data: data)
            : HealthCheckResult.Healthy($"{snapshot.Articles.Count} articles loaded.", data);
        return Task.FromResult(result);
    }

    // A probe's body stays small however many files break: the first few are named, the rest counted.
    private const int MaxFilesNamed = 10;

    private static string ErrorsDescription(int errors, IReadOnlyList<ServedFile> files)
    {
        var named = string.Join("; ", files.Take(MaxFilesNamed));
        var more = files.Count > MaxFilesNamed ? $"; and {files.Count - MaxFilesNamed} more files" : "";
        return $"{errors} content {(errors == 1 ? "error" : "errors")} in {files.Count} {(files.Count == 1 ? "file" : "files")}: {named}{more}.";
    }
}
