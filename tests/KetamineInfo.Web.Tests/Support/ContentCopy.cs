namespace KetamineInfo.Web.Tests.Support;

/// <summary>A private, writable copy of the fixture content (or of another content folder), for tests that change files.</summary>
public sealed class ContentCopy : IDisposable
{
    public ContentCopy()
        : this(SiteFactory.FixtureContentPath)
    {
    }

    public ContentCopy(string source)
    {
        Root = Path.Combine(Path.GetTempPath(), "ki-web-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // The app's file watcher may still hold it; the OS cleans temp folders.
        }
    }
}
