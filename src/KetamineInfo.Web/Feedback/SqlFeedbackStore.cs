using System.Data.Common;

namespace KetamineInfo.Web.Feedback;

/// <summary>
/// The schema and the queries, shared by SQLite and PostgreSQL: times are whole seconds since 1970 and the
/// answer is 1, 0 or null, so the same statements run on both. Only creating the table's key differs.
/// </summary>
public abstract class SqlFeedbackStore : IFeedbackStore
{
    /// <summary>The schema version this code writes; older ones are migrated on start.</summary>
    public const int SchemaVersion = 1;

    private volatile bool _schemaReady;

    public abstract string Description { get; }

    /// <summary>The column definition of an auto-numbered key.</summary>
    protected abstract string IdColumn { get; }

    /// <summary>Safe to run again, and from two places at once: every step is "if not exists", and the version is a maximum.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await MigrateSchemaAsync(cancellationToken);
        _schemaReady = true;
    }

    private async Task MigrateSchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "CREATE TABLE IF NOT EXISTS feedback_schema (version INTEGER NOT NULL)", cancellationToken);
        var current = await ScalarAsync(connection, "SELECT MAX(version) FROM feedback_schema", cancellationToken);
        if (current >= SchemaVersion)
        {
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (current < 1)
        {
            await ExecuteAsync(connection, transaction, $"""
                CREATE TABLE IF NOT EXISTS feedback (
                    {IdColumn},
                    article TEXT NOT NULL,
                    content_version TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    useful INTEGER NULL,
                    body TEXT NULL,
                    hour_utc BIGINT NOT NULL)
                """, cancellationToken);
            await ExecuteAsync(connection, transaction, "CREATE INDEX IF NOT EXISTS feedback_by_hour ON feedback (hour_utc)", cancellationToken);
        }

        await ExecuteAsync(connection, transaction, $"INSERT INTO feedback_schema (version) VALUES ({SchemaVersion})", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task AddAsync(IReadOnlyList<FeedbackEntry> batch, CancellationToken cancellationToken)
    {
        try
        {
            await InsertAsync(batch, cancellationToken);
        }
        catch (DbException) when (!cancellationToken.IsCancellationRequested)
        {
            // The database may have been deleted or replaced while the site ran (a new, empty file has no
            // tables): make the schema again and try once more before telling readers it failed.
            await MigrateAsync(cancellationToken);
            await InsertAsync(batch, cancellationToken);
        }
    }

    private async Task InsertAsync(IReadOnlyList<FeedbackEntry> batch, CancellationToken cancellationToken)
    {
        await using var connection = await OpenReadyAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var entry in batch)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO feedback (article, content_version, kind, useful, body, hour_utc) VALUES (@article, @version, @kind, @useful, @body, @hour)";
            Add(command, "@article", entry.Article);
            Add(command, "@version", entry.ContentVersion);
            Add(command, "@kind", FeedbackEntry.KindName(entry.Kind));
            Add(command, "@useful", entry.Useful is { } useful ? (useful ? 1 : 0) : null);
            Add(command, "@body", entry.Text);
            Add(command, "@hour", FeedbackEntry.HourOf(entry.Hour).ToUnixTimeSeconds());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FeedbackEntry>> ReadAsync(DateTimeOffset? since, CancellationToken cancellationToken)
    {
        await using var connection = await OpenReadyAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT article, content_version, kind, useful, body, hour_utc FROM feedback WHERE hour_utc >= @since ORDER BY hour_utc, id";
        Add(command, "@since", since?.ToUnixTimeSeconds() ?? long.MinValue);
        var entries = new List<FeedbackEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new FeedbackEntry(
                reader.GetString(0),
                reader.GetString(1),
                FeedbackEntry.ParseKind(reader.GetString(2)) ?? FeedbackKind.Answer,
                reader.IsDBNull(3) ? null : Convert.ToInt64(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture) == 1,
                reader.IsDBNull(4) ? null : reader.GetString(4),
                DateTimeOffset.FromUnixTimeSeconds(Convert.ToInt64(reader.GetValue(5), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return entries;
    }

    public async Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await OpenReadyAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM feedback WHERE hour_utc < @cutoff";
        Add(command, "@cutoff", cutoff.ToUnixTimeSeconds());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenReadyAsync(cancellationToken);
        await ScalarAsync(connection, "SELECT COUNT(*) FROM feedback_schema", cancellationToken);
    }

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    // The schema is made (or migrated) before the first query of this process, whoever asks first: the
    // writer at start, a reader's answer, or the feedback command.
    private async Task<DbConnection> OpenReadyAsync(CancellationToken cancellationToken)
    {
        if (!_schemaReady)
        {
            await MigrateAsync(cancellationToken);
        }

        return await OpenAsync(cancellationToken);
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
