using System.Globalization;
using KetamineInfo.Content.Loading;

namespace KetamineInfo.Web.Cli;

/// <summary>
/// <c>check</c>: validates every content file and prints one line per problem in the format compilers use
/// (<c>path:line:col: error CODE: message</c>), a summary, and a line per article. Exit 1 on any error.
/// </summary>
internal static class CheckCommand
{
    public static int Run(IServiceProvider services, bool warningsAsErrors, TextWriter output)
    {
        var snapshot = services.GetRequiredService<ContentLoader>().Load();
        var ordered = snapshot.Diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column);
        foreach (var diagnostic in ordered)
        {
            output.WriteLine(diagnostic);
        }

        var errors = snapshot.Diagnostics.Count(d => d.IsError);
        var warnings = snapshot.Diagnostics.Count - errors;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{snapshot.ArticlesBySlug.Count} articles, {snapshot.Pages.Count} pages, {errors} errors, {warnings} warnings"));
        foreach (var article in snapshot.ArticlesBySlug.Values.OrderBy(a => a.Metadata.Order))
        {
            var stats = article.Body.Statistics;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {article.Slug}: {stats.Words} words, reading grade {stats.ReadingGrade:0.0}, {article.Body.Sources.Count} sources, {stats.Citations} citations{(article.Metadata.Draft ? " (draft)" : string.Empty)}"));
        }

        return errors > 0 || (warningsAsErrors && warnings > 0) ? 1 : 0;
    }
}
