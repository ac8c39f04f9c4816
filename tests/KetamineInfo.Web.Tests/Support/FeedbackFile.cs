using KetamineInfo.Content.Loading;
using KetamineInfo.Web.Feedback;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.FileProviders;

namespace KetamineInfo.Web.Tests.Support;

/// <summary>A feedback SQLite file in a temp folder, filled through the real store; removed afterwards.</summary>
public sealed class FeedbackFile : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ki-feedback-" + Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(_folder, "feedback.db");

    public SqliteFeedbackStore Store => field ??= new SqliteFeedbackStore(Path);

    /// <summary>The version of a fixture article's words that feedback records, from its real fingerprint.</summary>
    public static string CurrentVersionOf(string slug) =>
        FeedbackEntry.VersionOf(new ContentLoader(new PhysicalFileProvider(SiteFactory.FixtureContentPath), new FixedDateClock()).Load().ArticlesBySlug[slug].Fingerprint);

    public async Task FillAsync(params FeedbackEntry[] entries)
    {
        await Store.MigrateAsync(default);
        await Store.AddAsync(entries, default);
    }

    /// <summary>
    /// The texts in the SQLite file at <paramref name="path"/> now, oldest first, read by a connection of its own
    /// (never pooled), so it sees what is at that path and not a file some open handle keeps alive.
    /// </summary>
    public static async Task<List<string?>> TextsAtAsync(string path)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM feedback ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync();
        var texts = new List<string?>();
        while (await reader.ReadAsync())
        {
            texts.Add(reader.IsDBNull(0) ? null : reader.GetString(0));
        }

        return texts;
    }

    /// <summary>SQLite's own check of the file at <paramref name="path"/>: "ok" when no page is damaged.</summary>
    public static async Task<string> IntegrityAtAsync(string path)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools(); // pooled connections keep the file open
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
