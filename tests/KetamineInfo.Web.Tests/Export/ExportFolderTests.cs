using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Export;

/// <summary>
/// What the real <c>export</c> command does to the folder it writes into: it replaces and removes only the files
/// an earlier export wrote (as its manifest proves), keeps the rest, and never writes through a link inside it.
/// </summary>
public sealed class ExportFolderTests : IDisposable
{
    private const string Manifest = ".ketamineinfo-export";
    private readonly ContentCopy _content = new();
    private readonly TempFolder _out = new();

    public void Dispose()
    {
        _out.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task Export_OverAnEarlierExport_KeepsWhatTheDeployerAddedAndRemovesPagesItNoLongerWrites()
    {
        _content.Write("pages/retired.md", "---\ntitle: Retired page\nsummary: A page that goes away.\nlast_reviewed: 2026-11-25\nnext_review: 2027-11-25\n---\nThis page goes away.\n");
        Assert.Equal(0, (await ExportAsync(_out.Root)).Exit);
        Assert.True(File.Exists(_out.PathOf("retired/index.html")));
        Directory.CreateDirectory(_out.PathOf(".git"));
        await File.WriteAllTextAsync(_out.PathOf(".git/HEAD"), "ref: refs/heads/gh-pages\n");
        await File.WriteAllTextAsync(_out.PathOf("CNAME"), "ketamine.example.org\n");
        await File.WriteAllTextAsync(_out.PathOf("articles/deploy-notes.txt"), "ours, not the exporter's");
        File.Delete(_content.PathOf("pages/retired.md"));

        var (exit, output) = await ExportAsync(_out.Root);

        Assert.Equal(0, exit);
        Assert.Matches(@"exported \d+ pages", output);
        Assert.Equal("ref: refs/heads/gh-pages\n", await File.ReadAllTextAsync(_out.PathOf(".git/HEAD")));
        Assert.Equal("ketamine.example.org\n", await File.ReadAllTextAsync(_out.PathOf("CNAME")));
        Assert.Equal("ours, not the exporter's", await File.ReadAllTextAsync(_out.PathOf("articles/deploy-notes.txt")));
        Assert.False(Directory.Exists(_out.PathOf("retired")));
        Assert.True(File.Exists(_out.PathOf("articles/first-article/index.html")));
        Assert.DoesNotContain("retired", await File.ReadAllTextAsync(_out.PathOf(Manifest)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_OverAFileTheDeployerChanged_RefusesNamingItAndChangesNothing()
    {
        Assert.Equal(0, (await ExportAsync(_out.Root)).Exit);
        await File.WriteAllTextAsync(_out.PathOf("robots.txt"), "User-agent: *\nDisallow: /drafts\n");
        var manifest = await File.ReadAllTextAsync(_out.PathOf(Manifest));

        var (exit, output) = await ExportAsync(_out.Root);

        Assert.Equal(1, exit);
        Assert.Contains("robots.txt", output, StringComparison.Ordinal);
        Assert.Equal("User-agent: *\nDisallow: /drafts\n", await File.ReadAllTextAsync(_out.PathOf("robots.txt")));
        Assert.Equal(manifest, await File.ReadAllTextAsync(_out.PathOf(Manifest)));
    }

    [Fact]
    public async Task Export_IntoAFolderWithAPlantedOldStyleMarker_RefusesAndDeletesNothing()
    {
        Directory.CreateDirectory(_out.Root);
        await File.WriteAllTextAsync(_out.PathOf("thesis.txt"), "years of work");
        await File.WriteAllTextAsync(_out.PathOf(Manifest), "Written by `KetamineInfo.Web export`. The folder is replaced whole on the next export.\n");

        var (exit, output) = await ExportAsync(_out.Root);

        Assert.Equal(1, exit);
        Assert.Contains("not an earlier export", output, StringComparison.Ordinal);
        Assert.Equal("years of work", await File.ReadAllTextAsync(_out.PathOf("thesis.txt")));
    }

    [Fact]
    public async Task Export_IntoAFolderWithAPlantedRealManifest_KeepsFilesWhoseBytesItDidNotWrite()
    {
        using var earlier = new TempFolder();
        Assert.Equal(0, (await ExportAsync(earlier.Root)).Exit);
        Directory.CreateDirectory(_out.Root);
        File.Copy(earlier.PathOf(Manifest), _out.PathOf(Manifest));
        await File.WriteAllTextAsync(_out.PathOf("thesis.txt"), "years of work");
        await File.WriteAllTextAsync(_out.PathOf("index.html"), "<p>my own home page</p>");

        var (exit, output) = await ExportAsync(_out.Root);

        Assert.Equal(1, exit);
        Assert.Contains("index.html", output, StringComparison.Ordinal);
        Assert.Equal("<p>my own home page</p>", await File.ReadAllTextAsync(_out.PathOf("index.html")));
        Assert.Equal("years of work", await File.ReadAllTextAsync(_out.PathOf("thesis.txt")));
        Assert.False(File.Exists(_out.PathOf("robots.txt")));
    }

    [Fact]
    public async Task Export_WithAManifestNamingAFileOutsideTheFolder_RefusesAndDeletesNothing()
    {
        using var earlier = new TempFolder();
        Assert.Equal(0, (await ExportAsync(earlier.Root)).Exit);
        var outDir = _out.PathOf("site");
        var victim = _out.PathOf("victim.txt");
        Directory.CreateDirectory(outDir);
        await File.WriteAllTextAsync(victim, "years of work");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(victim)));
        await File.WriteAllTextAsync(Path.Combine(outDir, Manifest), await File.ReadAllTextAsync(earlier.PathOf(Manifest)) + $"{hash} ../victim.txt\n");

        var (exit, output) = await ExportAsync(outDir);

        Assert.Equal(1, exit);
        Assert.Contains("not an earlier export", output, StringComparison.Ordinal);
        Assert.Equal("years of work", await File.ReadAllTextAsync(victim));
    }

    [Fact]
    public async Task Export_ToAPathThatIsAFile_SaysSoInOneLineAndExitsNonZero()
    {
        await File.WriteAllTextAsync(_out.Root, "not a folder");

        var (exit, output) = await ExportAsync(_out.Root);

        Assert.Equal(1, exit);
        Assert.Single(output.Split('\n'), l => l.StartsWith($"export stopped: {_out.Root} is a file", StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        Assert.Equal("not a folder", await File.ReadAllTextAsync(_out.Root));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetTempPath(), Path.GetFileName(_out.Root) + ".partial-*"));
    }

    [Fact]
    public async Task Export_ToALinkToNothing_SaysSoAndLeavesTheLink()
    {
        var missing = _out.PathOf("missing");
        Directory.CreateDirectory(_out.Root);
        File.CreateSymbolicLink(_out.PathOf("site"), missing);

        var (exit, output) = await ExportAsync(_out.PathOf("site"));

        Assert.Equal(1, exit);
        Assert.Contains($"export stopped: {_out.PathOf("site")} is a link to {missing}, which is not a folder", output, StringComparison.Ordinal);
        Assert.Equal(missing, new FileInfo(_out.PathOf("site")).LinkTarget);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task Export_ThroughASymlinkedFolder_WritesIntoItsTargetAndKeepsTheLink()
    {
        using var target = new TempFolder();
        Directory.CreateDirectory(target.Root);
        Directory.CreateSymbolicLink(_out.Root, target.Root);

        var first = await ExportAsync(_out.Root);
        var second = await ExportAsync(_out.Root);

        Assert.Equal((0, 0), (first.Exit, second.Exit));
        Assert.Equal(target.Root, new DirectoryInfo(_out.Root).LinkTarget);
        Assert.True(File.Exists(target.PathOf("articles/first-article/index.html")));
        Assert.True(File.Exists(target.PathOf(Manifest)));
    }

    [Fact]
    public async Task Export_WhenAFolderInsideIsASymlink_RefusesToWriteThroughIt()
    {
        using var elsewhere = new TempFolder();
        Directory.CreateDirectory(elsewhere.Root);
        Assert.Equal(0, (await ExportAsync(_out.Root)).Exit);
        Directory.Delete(_out.PathOf("articles"), recursive: true);
        Directory.CreateSymbolicLink(_out.PathOf("articles"), elsewhere.Root);

        var (exit, output) = await ExportAsync(_out.Root);

        Assert.Equal(1, exit);
        Assert.Contains("articles", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(elsewhere.Root));
        Assert.Equal(elsewhere.Root, new DirectoryInfo(_out.PathOf("articles")).LinkTarget);
    }

    private Task<(int Exit, string Output)> ExportAsync(string outDir) =>
        AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = _content.Root, ["Site__BaseUrl"] = "https://ketamine.example.org" }, "export", outDir);
}
