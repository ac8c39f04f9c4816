namespace KetamineInfo.Tests.Shared;

/// <summary>The repository root (the folder above the test binaries that holds KetamineInfo.sln) and its content/.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string ContentPath => Path.Combine(Root, "content");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KetamineInfo.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("KetamineInfo.sln not found above " + AppContext.BaseDirectory);
    }
}
