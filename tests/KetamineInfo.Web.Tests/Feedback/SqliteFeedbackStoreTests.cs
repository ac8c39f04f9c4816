using System.Data.Common;
using KetamineInfo.Web.Feedback;
using Microsoft.Data.Sqlite;

namespace KetamineInfo.Web.Tests.Feedback;

/// <summary>The store tests on a real SQLite file in a folder that does not exist yet (the store creates it).</summary>
public sealed class SqliteFeedbackStoreTests : FeedbackStoreTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ki-feedback-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "feedback.db");

    protected override SqlFeedbackStore Store => field ??= new SqliteFeedbackStore(DatabasePath);

    public override Task InitializeAsync() => Task.CompletedTask;

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools(); // pooled connections keep the file open
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    protected override async Task<DbConnection> OpenDirectAsync()
    {
        Directory.CreateDirectory(_folder);
        var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        return connection;
    }
}
