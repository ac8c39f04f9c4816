using System.Diagnostics;

namespace KetamineInfo.Web.Tests.Support;

/// <summary>
/// A real folder on a small file system of its own (a tmpfs of a few megabytes), so a test can fill the disk
/// under a real SQLite file and see the real ENOSPC. Mounting needs root, or sudo without a password (as
/// scripts/test uses to install packages); without either the test fails, saying so: it must not pass unrun.
/// </summary>
public sealed class SizeLimitedFolder : IDisposable
{
    public SizeLimitedFolder(int megabytes)
    {
        Directory.CreateDirectory(Root);
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=0777", "tmpfs", Root);
        if (code != 0)
        {
            Directory.Delete(Root);
            throw new InvalidOperationException($"A size-limited folder needs 'mount -t tmpfs' (root, or passwordless sudo), which failed: {output}");
        }
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "ki-full-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes a file until the folder's file system is full; returns its path, to delete to make room again.</summary>
    public string Fill()
    {
        var filler = Path.Combine(Root, "filler");
        var block = new byte[4096];
        using var stream = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
        try
        {
            while (true)
            {
                stream.Write(block);
            }
        }
        catch (IOException)
        {
            // ENOSPC: full, as wanted. The bytes that fitted stay.
        }

        return filler;
    }

    public void Dispose()
    {
        // Lazily: a handle still open somewhere must not keep the mount (and the test run) stuck.
        Run("umount", "-l", Root);
        Directory.Delete(Root, recursive: true);
    }

    private static (int Code, string Output) Run(string command, params string[] arguments)
    {
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? command : "sudo") { RedirectStandardError = true, RedirectStandardOutput = true };
        if (!asRoot)
        {
            start.ArgumentList.Add("-n");
            start.ArgumentList.Add(command);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Trim());
    }
}
