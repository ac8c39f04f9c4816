namespace KetamineInfo.Web.Tests.Support;

/// <summary>A fresh temp path for a test to export into (not created), removed afterwards with whatever is in it.</summary>
public sealed class TempFolder : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "ki-out-" + Guid.NewGuid().ToString("N"));

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Dispose()
    {
        // Deletes links, never what they point to; a file in Root's place is a test's own target.
        var entry = new FileInfo(Root);
        if (entry.LinkTarget is not null || entry.Exists)
        {
            entry.Delete();
        }
        else if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
