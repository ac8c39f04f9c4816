using System.Runtime.InteropServices;

namespace KetamineInfo.Content.Files;

/// <summary>
/// Content is read from regular files only, and the type is checked before the file is opened: opening a
/// FIFO (named pipe) for reading blocks until something writes to it, which hung the loader and every reload
/// after it; a device such as /dev/zero never ends. A symbolic link is followed and judged by what it points
/// at, since a link to a regular file is how some hosts mount content (Kubernetes ConfigMaps, for one).
/// </summary>
internal static class RegularFileCheck
{
    // .NET's public file APIs cannot tell these apart: File.GetAttributes, FileInfo and IFileInfo report a
    // FIFO and /dev/zero as "Normal", length 0. The runtime's own native shim (libSystem.Native, shipped
    // with every .NET on Linux and macOS) exposes stat(2) with file-type bits it fixes for all platforms.
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Socket = 0xC000;

    /// <summary>Why the file at <paramref name="physicalPath"/> must not be opened, or null when it is a regular file.</summary>
    public static string? Problem(string physicalPath)
    {
        if (OperatingSystem.IsWindows())
        {
            // No FIFOs or devices live in Windows folders; a link to a folder is the one thing to refuse.
            return File.GetAttributes(physicalPath).HasFlag(FileAttributes.Directory) ? "it is a folder, not a file" : null;
        }

        int mode;
        try
        {
            if (Stat(physicalPath, out var status) != 0)
            {
                return new FileInfo(physicalPath).LinkTarget is { } target
                    ? $"it is a symbolic link to '{target}', which does not exist"
                    : "the file cannot be found";
            }

            mode = status.Mode & TypeMask;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Refuse rather than risk a hang; this names the cause loudly in `check` and /readyz.
            return $"its file type could not be checked ({ex.GetType().Name}), so it was not opened";
        }

        if (mode == Regular)
        {
            return null;
        }

        var kind = mode switch
        {
            Fifo => "a named pipe (FIFO)",
            CharacterDevice or BlockDevice => "a device",
            Directory => "a folder",
            Socket => "a socket",
            _ => "a special file",
        };
        var link = new FileInfo(physicalPath).LinkTarget;
        return link is null
            ? $"it is {kind}, not a regular file, so it was not opened"
            : $"it is a symbolic link to '{link}', {kind}, not a regular file, so it was not opened";
    }

    // The leading fields of the runtime's FileStatus (pal_io.h); the size leaves room for the rest.
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }

    // DllImport rather than LibraryImport, whose generated code would need unsafe blocks in this project.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(byte[] nulTerminatedUtf8Path, out FileStatus status);

    private static int Stat(string path, out FileStatus status) => Stat(System.Text.Encoding.UTF8.GetBytes(path + '\0'), out status);
}
