using System.Data.Common;
using KetamineInfo.Web.Feedback;

namespace KetamineInfo.Web.Tests.Feedback;

/// <summary>
/// One set of tests for every feedback store, run against a real SQLite file and a real PostgreSQL: the same
/// schema and queries must behave the same on both. Each database says how to reach it with plain SQL, so a
/// test can set up a schema by hand and look at what was stored without going through the store.
/// </summary>
public abstract class FeedbackStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    protected abstract SqlFeedbackStore Store { get; }

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    /// <summary>A connection to the store's database, opened, for setting up and looking at tables directly.</summary>
    protected abstract Task<DbConnection> OpenDirectAsync();

    [Fact]
    public async Task Migrate_Twice_KeepsTheRowsAndRecordsTheVersionOnce()
    {
        await Store.MigrateAsync(default);
        await Store.AddAsync([Entry("first-article", Noon)], default);

        await Store.MigrateAsync(default);

        Assert.Single(await Store.ReadAsync(null, default));
        Assert.Equal([1L], await ColumnAsync("SELECT version FROM feedback_schema"));
    }

    [Fact]
    public async Task Migrate_LeavesASchemaAlreadyAtVersion1Alone()
    {
        // What a version-1 release created, with a row in it, made by hand: migrating must not rebuild it.
        await ExecuteAsync("CREATE TABLE feedback_schema (version INTEGER NOT NULL)");
        await ExecuteAsync("INSERT INTO feedback_schema (version) VALUES (1)");
        await ExecuteAsync("CREATE TABLE feedback (id BIGINT, article TEXT NOT NULL, content_version TEXT NOT NULL, kind TEXT NOT NULL, useful INTEGER NULL, body TEXT NULL, hour_utc BIGINT NOT NULL)");
        await ExecuteAsync($"INSERT INTO feedback VALUES (7, 'first-article', 'abc', 'answer', 1, 'kept', {Noon.ToUnixTimeSeconds()})");

        await Store.MigrateAsync(default);

        Assert.Equal([new FeedbackEntry("first-article", "abc", FeedbackKind.Answer, true, "kept", Noon)], await Store.ReadAsync(null, default));
        Assert.Equal([1L], await ColumnAsync("SELECT version FROM feedback_schema"));
    }

    [Fact]
    public async Task FirstUse_WithoutMigrate_CreatesTheSchema()
    {
        await Store.PingAsync(default);

        Assert.Empty(await Store.ReadAsync(null, default));
        await Store.AddAsync([Entry("first-article", Noon)], default);
        Assert.Single(await Store.ReadAsync(null, default));
        Assert.Equal([1L], await ColumnAsync("SELECT version FROM feedback_schema"));
    }

    [Fact]
    public async Task Add_ThenRead_KeepsEveryFieldAndRoundsTheTimeDownToTheHour()
    {
        await Store.MigrateAsync(default);
        var sent = new[]
        {
            new FeedbackEntry("first-article", "0123456789ab", FeedbackKind.Answer, true, null, new DateTimeOffset(2026, 11, 27, 14, 59, 59, TimeSpan.FromHours(2))),
            new FeedbackEntry("first-article", "0123456789ab", FeedbackKind.Answer, false, "Missing: dose \"ranges\", it's\nunclear; ü 中文 😀", Noon.AddMinutes(30)),
            new FeedbackEntry("second-article", "ba9876543210", FeedbackKind.ErrorReport, null, "Reference 3 is broken", Noon.AddHours(1).AddSeconds(1)),
        };

        await Store.AddAsync(sent, default);
        var read = await Store.ReadAsync(null, default);

        Assert.Equal(
        [
            sent[0] with { Hour = Noon },
            sent[1] with { Hour = Noon },
            sent[2] with { Hour = Noon.AddHours(1) },
        ], read);
        Assert.All(read, e => Assert.Equal(TimeSpan.Zero, e.Hour.Offset));
        Assert.Equal([1L, 0L, null], await ColumnAsync("SELECT useful FROM feedback ORDER BY id"));
    }

    [Fact]
    public async Task Add_ABatchWithARowTheDatabaseRejects_StoresNoneOfIt()
    {
        await Store.MigrateAsync(default);
        await Store.AddAsync([Entry("first-article", Noon)], default);

        // The third row breaks the table's NOT NULL rule, after two good rows in the same transaction.
        var batch = new[] { Entry("first-article", Noon), Entry("second-article", Noon), Entry(null!, Noon) };
        await Assert.ThrowsAnyAsync<DbException>(() => Store.AddAsync(batch, default));

        Assert.Single(await Store.ReadAsync(null, default));
        await Store.AddAsync([Entry("second-article", Noon)], default); // and the store still works afterwards
        Assert.Equal(2, (await Store.ReadAsync(null, default)).Count);
    }

    [Fact]
    public async Task Purge_DeletesOnlyRowsOlderThanTheCutoff_AndCountsThem()
    {
        await Store.MigrateAsync(default);
        await Store.AddAsync([.. new[] { -48, -2, -1, 0, 1 }.Select(h => Entry($"h{h}", Noon.AddHours(h)))], default);

        var removed = await Store.PurgeAsync(Noon, default);

        Assert.Equal(3, removed);
        Assert.Equal(["h0", "h1"], (await Store.ReadAsync(null, default)).Select(e => e.Article));
        Assert.Equal(0, await Store.PurgeAsync(Noon, default));
    }

    [Fact]
    public async Task Read_Since_ReturnsThatHourAndLater_OldestFirst()
    {
        await Store.MigrateAsync(default);
        await Store.AddAsync([Entry("later", Noon.AddDays(3)), Entry("old", Noon.AddDays(-30)), Entry("at", Noon), Entry("before", Noon.AddHours(-1))], default);

        Assert.Equal(["at", "later"], (await Store.ReadAsync(Noon, default)).Select(e => e.Article));
        Assert.Equal(["later"], (await Store.ReadAsync(Noon.AddMinutes(1), default)).Select(e => e.Article));
        Assert.Equal(["old", "before", "at", "later"], (await Store.ReadAsync(null, default)).Select(e => e.Article));
    }

    private static FeedbackEntry Entry(string article, DateTimeOffset hour) =>
        new(article, "0123456789ab", FeedbackKind.Answer, true, null, hour);

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenDirectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<List<long?>> ColumnAsync(string sql)
    {
        await using var connection = await OpenDirectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<long?>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.IsDBNull(0) ? null : Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }

        return values;
    }
}
