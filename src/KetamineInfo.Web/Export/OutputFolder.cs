namespace KetamineInfo.Web.Export;

/// <summary>
/// The folder an export goes into. Files the last export wrote (by its manifest, with the same bytes) are
/// replaced or removed; everything else (a deployer's <c>.git/</c>, <c>CNAME</c>, notes) is kept, and a file
/// in the way of a new one stops the export with its name instead of being overwritten.
/// </summary>
internal sealed class OutputFolder
{
    private const int NamesShown = 5;
    private readonly ExportManifest _previous;

    private OutputFolder(string path, ExportManifest previous) => (FullPath, _previous) = (path, previous);

    /// <summary>The folder written to: the argument, or the folder it links to.</summary>
    public string FullPath { get; }

    /// <summary>
    /// Checks the target before anything is fetched. A link to a folder is followed (whoever runs the command
    /// chose it, and deploy folders are often links); the link itself is never replaced.
    /// </summary>
    public static OutputFolder Open(string argument)
    {
        var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(argument));
        if (new FileInfo(path).LinkTarget is not null)
        {
            var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)!;
            if (!Directory.Exists(target.FullName))
            {
                throw new ExportException($"{path} is a link to {target.FullName}, which is not a folder; give a folder to export into");
            }

            path = target.FullName;
        }

        if (File.Exists(path))
        {
            throw new ExportException($"{path} is a file, not a folder; give a folder to export into (it is created if missing)");
        }

        var previous = Directory.Exists(path) ? ExportManifest.Read(path) : null;
        if (previous is null && Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any())
        {
            // OUTDIR may be a typo for $HOME; and a marker that lists nothing we wrote proves nothing.
            throw new ExportException($"{path} is not empty and is not an earlier export (no {ExportManifest.FileName} listing what it wrote); choose an empty or new folder");
        }

        return new OutputFolder(path, previous ?? ExportManifest.Empty);
    }

    /// <summary>A new folder beside the output (same file system, so files move in by rename).</summary>
    public string CreateStaging() => Directory.CreateDirectory($"{FullPath}.partial-{Guid.NewGuid():N}").FullName;

    /// <summary>
    /// Moves the staged files in and removes files only the previous export had. Returns the previous export's
    /// files that were changed since, and so are kept. The manifest on disk lists old and new files until the
    /// end, so an export stopped part-way still knows every file it may have written.
    /// </summary>
    public IReadOnlyList<string> Replace(string staging)
    {
        var fresh = ExportManifest.Empty;
        foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
        {
            fresh.Add(Path.GetRelativePath(staging, file).Replace('\\', '/'), ExportManifest.HashOf(file));
        }

        var blocked = fresh.Paths.Where(p => !IsFreeOrOurs(p)).Order(StringComparer.Ordinal).ToList();
        if (blocked.Count > 0)
        {
            throw new ExportException(
                $"nothing was replaced: in {FullPath}, where this export writes, {blocked.Count} entries were not written by the last export or have changed since: " +
                $"{string.Join(", ", blocked.Take(NamesShown))}{(blocked.Count > NamesShown ? ", …" : string.Empty)}; " +
                "move them away (to publish a file of your own, put it in wwwroot), or remove the link there, and export again");
        }

        Directory.CreateDirectory(FullPath);
        _previous.Union(fresh).WriteTo(FullPath);
        foreach (var relative in fresh.Paths)
        {
            var target = Full(relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(staging, relative), target, overwrite: true);
        }

        var kept = new List<string>();
        foreach (var relative in _previous.Paths.Except(fresh.Paths, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (IsOurs(relative))
            {
                File.Delete(Full(relative));
                RemoveEmptyFoldersAbove(relative);
            }
            else if (Exists(Full(relative)))
            {
                kept.Add(relative);
            }
        }

        fresh.WriteTo(FullPath);
        Directory.Delete(staging, recursive: true);
        return kept;
    }

    private bool IsFreeOrOurs(string relative) =>
        HasRealFoldersAbove(relative) && (!Exists(Full(relative)) || IsOurs(relative));

    // Ours: a plain file (never a link: we write none) under plain folders, with bytes the last export wrote.
    private bool IsOurs(string relative)
    {
        var file = new FileInfo(Full(relative));
        return HasRealFoldersAbove(relative) && file.Exists && file.LinkTarget is null
            && _previous.Wrote(relative, ExportManifest.HashOf(file.FullName));
    }

    // A link inside the folder would carry our writes and deletions somewhere else, so one is never passed through.
    private bool HasRealFoldersAbove(string relative)
    {
        var segments = relative.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var folder = new DirectoryInfo(Full(string.Join('/', segments[..i])));
            if (folder.LinkTarget is not null || File.Exists(folder.FullName))
            {
                return false;
            }
        }

        return true;
    }

    private void RemoveEmptyFoldersAbove(string relative)
    {
        for (var folder = Path.GetDirectoryName(Full(relative))!;
             folder.Length > FullPath.Length && !Directory.EnumerateFileSystemEntries(folder).Any();
             folder = Path.GetDirectoryName(folder)!)
        {
            Directory.Delete(folder);
        }
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    private string Full(string relative) => Path.Combine(FullPath, relative);
}
