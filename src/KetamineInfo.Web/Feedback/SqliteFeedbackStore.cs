using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace KetamineInfo.Web.Feedback;

/// <summary>
/// Feedback in a SQLite file: nothing to install. The folder is created on first use; write-ahead logging
/// lets the <c>feedback</c> command read while the site writes, and a busy wait covers brief locks.
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

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
