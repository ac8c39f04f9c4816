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

    public void Dispose()
    {
        SqliteConnection.ClearAllPools(); // pooled connections keep the file open
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
