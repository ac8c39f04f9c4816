using System.Diagnostics;
using Npgsql;

namespace KetamineInfo.Web.Tests.Support;

/// <summary>
/// Freezes a real PostgreSQL server with SIGSTOP — the postmaster and every backend — as a hung host or a
/// stalled storage volume would: connections are accepted by the kernel, and then nothing answers. Disposing
/// sends SIGCONT, so the cluster lives on for the tests after.
/// </summary>
public sealed class FrozenPostgres : IDisposable
{
    private readonly List<int> _stopped = [];

    private FrozenPostgres()
    {
    }

    /// <summary>Finds the server behind <paramref name="connectionString"/> (a superuser's) and stops it.</summary>
    public static async Task<FrozenPostgres> FreezeAsync(string connectionString)
    {
        string dataDirectory;
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT current_setting('data_directory')", connection);
            dataDirectory = (string)(await command.ExecuteScalarAsync())!;
        }

        var postmaster = int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
        var frozen = new FrozenPostgres();
        frozen.Signal("STOP", postmaster); // first, so it starts no new backend
        foreach (var child in ChildrenOf(postmaster))
        {
            frozen.Signal("STOP", child);
        }

        return frozen;
    }

    public void Dispose()
    {
        foreach (var pid in _stopped.AsEnumerable().Reverse())
        {
            Kill("CONT", pid);
        }
    }

    private void Signal(string signal, int pid)
    {
        Kill(signal, pid);
        _stopped.Add(pid);
    }

    private static void Kill(string signal, int pid)
    {
        using var process = Process.Start(new ProcessStartInfo("kill", ["-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {pid} failed");
        }
    }

    // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses, so read after the last ')'.
    private static IEnumerable<int> ChildrenOf(int parent)
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(folder, "stat"));
            }
            catch (IOException)
            {
                continue; // the process ended
            }

            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture) == parent)
            {
                yield return pid;
            }
        }
    }
}
