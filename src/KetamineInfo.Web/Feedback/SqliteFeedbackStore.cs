using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace KetamineInfo.Web.Feedback;

/// <summary>
/// Feedback in a SQLite file: nothing to install. The folder is created on first use; write-ahead logging
/// lets the <c>feedback</c> command read while the site writes, and a busy wait covers brief locks. Every
/// connection taken from the pool is first checked to still have the file at the path: one deleted, or
/// replaced by a restored backup, is let go and the file at the path is opened (or created) instead.
/// </summary>
public sealed class SqliteFeedbackStore(string path) : SqlFeedbackStore
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 5,
    }.ToString();

    public override string Description => $"SQLite at {path}";

    protected override string IdColumn => "id INTEGER PRIMARY KEY";

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        // Twice at most: a file replaced again between two opens is not one to write to blindly.
        for (var attempt = 1; ; attempt++)
        {
            var connection = new SqliteConnection(_connectionString);
            try
            {
                await connection.OpenAsync(cancellationToken);
                if (!SqliteFileIdentity.HasMoved(connection))
                {
                    await using var pragma = connection.CreateCommand();
                    pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000;";
                    await pragma.ExecuteNonQueryAsync(cancellationToken);
                    return connection;
                }

                await LetGoOfMovedFileAsync(connection, cancellationToken);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }

            await connection.DisposeAsync(); // closed, not pooled: the pool was cleared
            if (attempt == 2)
            {
                throw new IOException($"The feedback database at {path} was replaced again while it was being opened.");
            }
        }
    }

    // The write-ahead log and its index beside the path still belong to the old file, and SQLite would read
    // them as the new file's (its frames laid over another database's pages). So the old file takes its own
    // log first (a checkpoint through the handles that have it, which then empties the log), and only then
    // are the pool's connections to it closed; the next open starts the file at the path with an empty log.
    private static async Task LetGoOfMovedFileAsync(SqliteConnection stale, CancellationToken cancellationToken)
    {
        try
        {
            await using var checkpoint = stale.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException)
        {
            // Best effort: a full disk or a lock can stop it; the old file was given up by whoever moved it.
        }

        SqliteConnection.ClearPool(stale);
    }
}
