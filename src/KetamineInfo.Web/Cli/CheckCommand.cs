using System.Globalization;
using KetamineInfo.Content.Loading;

namespace KetamineInfo.Web.Cli;

/// <summary>
/// <c>check</c>: validates every content file and prints one line per problem in the format compilers use
/// (<c>path:line:col: error CODE: message</c>), errors before warnings, then a summary and a line per
/// article with its review dates (a broken article keeps its line, marked broken). Exit 1 on any error.
/// </summary>
internal static class CheckCommand
{
    public const string Usage = """
        Usage: KetamineInfo.Web check [--warnings-as-errors] [--Content:Path=DIR]

        Checks every file in the content folder and prints each problem as path:line:column: severity CODE: message,
        errors first, then a summary and one line per article. Exits 1 when there is an error (or, with
        --warnings-as-errors, a warning), else 0.
        """;

    public static int Run(IServiceProvider services, bool warningsAsErrors, TextWriter output)
    {
        var snapshot = services.GetRequiredService<ContentLoader>().Load();
        var ordered = snapshot.Diagnostics.OrderByDescending(d => d.IsError)
            .ThenBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column);
        foreach (var diagnostic in ordered)
        {
            output.WriteLine(diagnostic);
        }

        var errors = snapshot.Diagnostics.Count(d => d.IsError);
        var warnings = snapshot.Diagnostics.Count - errors;
        var broken = BrokenArticles(snapshot);
        output.WriteLine(string.Join(", ",
            Count(snapshot.ArticlesBySlug.Count + broken.Count, "article"), Count(snapshot.Pages.Count, "page"),
            Count(errors, "error"), Count(warnings, "warning")));
        foreach (var article in snapshot.ArticlesBySlug.Values.OrderBy(a => a.Metadata.Order))
        {
            var stats = article.Body.Statistics;
            var meta = article.Metadata;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {article.Slug}: {stats.Words} words, reading grade {stats.ReadingGrade:0.0}, {article.Body.Sources.Count} sources, {stats.Citations} citations, last reviewed {meta.LastReviewed:yyyy-MM-dd}, next review {meta.NextReview:yyyy-MM-dd}{(meta.Draft ? " (draft)" : string.Empty)}"));
        }

        foreach (var (slug, count) in broken)
        {
            output.WriteLine($"  {Content.Diagnostics.TerminalText.Escape(slug)}: BROKEN, not published ({Count(count, "error")} above)");
        }

        return errors > 0 || (warningsAsErrors && warnings > 0) ? 1 : 0;
    }

    /// <summary>Articles with errors that have no version to serve: on a fresh start, readers would not see them.</summary>
    private static List<(string Slug, int Errors)> BrokenArticles(Content.Model.ContentSnapshot snapshot) =>
        [.. snapshot.Diagnostics
            .Where(d => d.IsError && d.Path.Contains("/articles/", StringComparison.Ordinal) && d.Path.EndsWith(".md", StringComparison.Ordinal))
            .GroupBy(d => Path.GetFileNameWithoutExtension(d.Path))
            .Where(g => !snapshot.ArticlesBySlug.ContainsKey(g.Key))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))];

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");
}
