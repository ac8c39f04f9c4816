using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace KetamineInfo.Web.Feedback;

/// <summary>
/// Whether an open SQLite connection still has the file that is at its path. A deleted file, or one replaced
/// by a rename (a backup moved into place), stays open and writable through the handles that have it: rows
/// committed there are lost. SQLite's unix VFS answers this itself (SQLITE_FCNTL_HAS_MOVED: the path is stat'ed
/// and its inode compared with the open file's), for this connection's own handle — no race with other pooled
/// connections, and one stat(2) per call.
/// </summary>
internal static class SqliteFileIdentity
{
    private const int Ok = 0;
    private const int HasMovedOp = 20; // SQLITE_FCNTL_HAS_MOVED (sqlite3.h)

    private static readonly byte[] Main = "main\0"u8.ToArray();

    /// <summary>True when the connection's database file is no longer the one at its path (deleted, renamed or replaced).</summary>
    public static bool HasMoved(SqliteConnection connection)
    {
        // Windows' VFS does not implement the call (a file open there cannot be deleted or renamed over anyway).
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var code = FileControl(handle.DangerousGetHandle(), Main, HasMovedOp, out var moved);
        return code == Ok && moved != 0;
    }

    // The native library Microsoft.Data.Sqlite already loads (SQLitePCLRaw's bundle); SQLitePCLRaw has no wrapper
    // for sqlite3_file_control. DllImport rather than LibraryImport, whose generated code needs unsafe blocks.
    [DllImport("e_sqlite3", EntryPoint = "sqlite3_file_control")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories | DllImportSearchPath.AssemblyDirectory)]
    private static extern int FileControl(IntPtr database, byte[] nulTerminatedName, int operation, out int result);
}
