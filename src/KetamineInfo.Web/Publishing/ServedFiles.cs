using System.Runtime.CompilerServices;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;

namespace KetamineInfo.Web.Publishing;

/// <summary>What readers get from a content file that has errors.</summary>
public enum ServedAs
{
    /// <summary>The file as it is now: its errors (a sign-off rule, say) do not stop it being shown.</summary>
    AsItIsNow,

    /// <summary>An earlier version that loaded without errors (KI0204).</summary>
    LastGoodVersion,

    /// <summary>Nothing: the file has errors and no earlier version loaded.</summary>
    NotShown,
}

/// <summary>One content file with errors and what readers are served from it.</summary>
public sealed record ServedFile(string Path, int Errors, ServedAs Served, string? Version)
{
    /// <summary>"articles/a.md (2 errors): readers see its last good version, abc123def456".</summary>
    public override string ToString() =>
        $"{Path} ({Errors} {(Errors == 1 ? "error" : "errors")}): " + Served switch
        {
            ServedAs.LastGoodVersion => $"readers see its last good version{(Version is null ? "" : $", {Version}")}",
            ServedAs.NotShown => "readers do not see it",
            _ => $"readers see it as it is now{(Version is null ? "" : $", {Version}")}",
        };
}

/// <summary>
/// Which version of each content file with errors readers are served. An error does not always mean the last good
/// version: a signed page changed without re-review is shown as it is now, marked "changed since it was reviewed".
/// </summary>
public static class ServedFiles
{
    // Worked out once per snapshot: /readyz asks on every probe, and the answer only changes when the content does.
    private static readonly ConditionalWeakTable<ContentSnapshot, IReadOnlyList<ServedFile>> Known = [];

    /// <summary>Files with errors, most errors first, then by path.</summary>
    public static IReadOnlyList<ServedFile> WithErrors(ContentSnapshot snapshot) => Known.GetValue(snapshot, Find);

    private static IReadOnlyList<ServedFile> Find(ContentSnapshot snapshot)
    {
        var stale = snapshot.Diagnostics.Where(d => d.Code == DiagnosticCodes.StaleVersionServed.Id).Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        var hidden = snapshot.BrokenArticles.Select(b => b.SourcePath).ToHashSet(StringComparer.Ordinal);
        var versions = Versions(snapshot);
        return snapshot.Diagnostics
            .Where(d => d.IsError)
            .GroupBy(d => d.Path, StringComparer.Ordinal)
            .Select(g => new ServedFile(
                g.Key,
                g.Count(),
                stale.Contains(g.Key) ? ServedAs.LastGoodVersion : hidden.Contains(g.Key) || !versions.ContainsKey(g.Key) && IsPageFile(g.Key) ? ServedAs.NotShown : ServedAs.AsItIsNow,
                versions.GetValueOrDefault(g.Key)))
            .OrderByDescending(f => f.Errors)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ToList()
            .AsReadOnly(); // shared by every probe of this snapshot
    }

    /// <summary>
    /// The version readers see of each article and page, by source path: the first twelve hex digits of the fingerprint
    /// a sign-off records, so an editor can match it with <c>sign-off --show-changes</c> and reviews.yml.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Versions(ContentSnapshot snapshot)
    {
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in snapshot.Articles)
        {
            versions[article.SourcePath] = Short(article.Fingerprint);
        }

        foreach (var page in snapshot.Pages.Values)
        {
            versions[page.SourcePath] = Short(page.Fingerprint);
        }

        return versions;
    }

    private static string Short(string fingerprint)
    {
        var hex = fingerprint[(fingerprint.IndexOf(':', StringComparison.Ordinal) + 1)..]; // "sha256:ad70…" -> "ad70…"
        return hex.Length > 12 ? hex[..12] : hex;
    }

    // A Markdown file under articles/ or pages/ that has no version on the site is not shown; other files with errors
    // (site.yml, references.yml, reviews.yml) are read as they are now, minus the entries in error.
    private static bool IsPageFile(string path) =>
        path.EndsWith(".md", StringComparison.Ordinal) && System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(path)) is "articles" or "pages";
}
