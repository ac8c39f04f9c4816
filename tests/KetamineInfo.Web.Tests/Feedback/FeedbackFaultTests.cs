using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace KetamineInfo.Web.Tests.Feedback;

/// <summary>
/// The database is never on the page-serving path: when it cannot be written, pages are served as ever, the
/// reader is told feedback is unavailable (with their words given back), and /readyz says degraded, not down.
/// </summary>
public sealed class FeedbackFaultTests
{
    [Fact]
    public async Task StoreThatCannotBeOpened_CostsFeedbackOnly_NeverAPage()
    {
        // The database's path is an existing folder: SQLite cannot open it, as with a deleted mount or a bad path.
        var folder = Directory.CreateTempSubdirectory("ki-feedback-folder-").FullName;
        using var site = new SiteWithStoreAt(folder);
        var client = site.CreatePlainClient();
        var version = await FeedbackFormTests.VersionAsync(client);

        using var response = await FeedbackFormTests.PostAsync(client, FeedbackFormTests.Form(version, ("useful", "no"), ("text", "Please keep my words.")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Sorry, we cannot save feedback right now", page.QuerySelector(".feedback-problem")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Please keep my words.", page.QuerySelector("textarea")!.TextContent);
        foreach (var path in new[] { "/", "/articles/first-article", "/articles/second-article", "/glossary" })
        {
            using var served = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var health = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Degraded", health.RootElement.GetProperty("status").GetString());
        Assert.Equal("Degraded", health.RootElement.GetProperty("checks").GetProperty("feedback").GetProperty("status").GetString());
        Assert.Equal("Healthy", health.RootElement.GetProperty("checks").GetProperty("content").GetProperty("status").GetString());
        Assert.DoesNotContain(folder, await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal); // no paths for the public
    }

    [Fact]
    public async Task DatabaseDeletedWhileTheSiteRuns_IsMadeAgain_AndEveryThankedAnswerIsInTheFile()
    {
        // No pool is cleared: the site's open connections still hold the deleted file, as in production.
        using var site = new SiteFactory();
        var client = site.CreatePlainClient();
        var version = await FeedbackFormTests.VersionAsync(client);
        await PostThankedAsync(client, version, "Before the delete.");
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(site.FeedbackPath)!))
        {
            File.Delete(file);
        }

        await PostThankedAsync(client, version, "After the delete.");
        await PostThankedAsync(client, version, "And again.");

        Assert.Equal(["After the delete.", "And again."], await FeedbackFile.TextsAtAsync(site.FeedbackPath));
    }

    [Fact]
    public async Task BackupMovedIntoPlaceWhileTheSiteRuns_TakesTheNextAnswers_Undamaged()
    {
        using var site = new SiteFactory();
        var client = site.CreatePlainClient();
        var version = await FeedbackFormTests.VersionAsync(client);
        await PostThankedAsync(client, version, "In the backup.");
        var backup = site.FeedbackPath + ".backup";
        await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = site.FeedbackPath, Pooling = false }.ToString()))
        {
            await copy.OpenAsync();
            await using var command = copy.CreateCommand();
            command.CommandText = $"VACUUM INTO '{backup}'";
            await command.ExecuteNonQueryAsync();
        }

        await PostThankedAsync(client, version, "Lost by the restore, as its operator chose.");
        File.Move(backup, site.FeedbackPath, overwrite: true); // a rename over the live file: a new inode at the path

        await PostThankedAsync(client, version, "After the restore.");

        Assert.Equal(["In the backup.", "After the restore."], await FeedbackFile.TextsAtAsync(site.FeedbackPath));
        Assert.Equal("ok", await FeedbackFile.IntegrityAtAsync(site.FeedbackPath));
    }

    [Fact]
    public async Task DiskFull_NoReaderIsThankedForWordsNotKept_AndReadinessSaysDegradedUntilAWriteWorks()
    {
        using var folder = new SizeLimitedFolder(megabytes: 2);
        var path = Path.Combine(folder.Root, "feedback.db");
        using var site = new SiteWithStoreAt(path);
        var client = site.CreatePlainClient();
        var version = await FeedbackFormTests.VersionAsync(client);
        await PostThankedAsync(client, version, "Before the disk filled.");
        var filler = folder.Fill();

        var thanked = new List<string?> { "Before the disk filled." };
        var refused = 0;
        for (var i = 0; i < 40; i++)
        {
            var text = $"{i:D2} " + new string((char)('a' + (i % 26)), 990); // whole pages each, so the file must grow
            using var response = await FeedbackFormTests.PostAsync(client, FeedbackFormTests.Form(version, ("useful", "no"), ("text", text)));
            if (response.StatusCode == HttpStatusCode.SeeOther)
            {
                thanked.Add(text);
            }
            else
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                refused++;
            }
        }

        Assert.True(refused > 0, "the disk never filled, so this test saw nothing");
        Assert.Equal(thanked, await FeedbackFile.TextsAtAsync(path));
        Assert.Equal("Degraded", await FeedbackReadinessAsync(client)); // reading still works; writing does not
        Assert.Equal("Degraded", await FeedbackReadinessAsync(client)); // and asking again does not forget it

        File.Delete(filler);
        await PostThankedAsync(client, version, "After space was freed.");
        Assert.Equal("Healthy", await FeedbackReadinessAsync(client));
    }
    [Fact]
    public async Task ManyPostsFromOneClient_AreLimited_WithAPlainMessage()
    {
        using var site = new LimitedSite();
        var client = site.CreatePlainClient();
        var version = await FeedbackFormTests.VersionAsync(client);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await FeedbackFormTests.PostAsync(client, FeedbackFormTests.Form(version, ("useful", "yes")));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("Too many messages", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.Equal([HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task APost_SetsNoCookie_AndIsNeverCached()
    {
        using var site = new SiteFactory();
        var client = site.CreatePlainClient();

        using var response = await FeedbackFormTests.PostAsync(client, FeedbackFormTests.Form(await FeedbackFormTests.VersionAsync(client), ("useful", "yes")));
        using var thanks = await client.GetAsync(new Uri("/articles/first-article?feedback=thanks", UriKind.Relative));

        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Null(thanks.Headers.ETag); // a page with a query string is rendered for its reader, never stored
    }

    private static async Task PostThankedAsync(HttpClient client, string version, string text)
    {
        using var response = await FeedbackFormTests.PostAsync(client, FeedbackFormTests.Form(version, ("useful", "yes"), ("text", text)));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
    }

    private static async Task<string?> FeedbackReadinessAsync(HttpClient client)
    {
        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var health = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        return health.RootElement.GetProperty("checks").GetProperty("feedback").GetProperty("status").GetString();
    }

    private sealed class SiteWithStoreAt(string path) : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Feedback:Path", path);
            builder.UseSetting("Feedback:PermitLimit", "1000");
        }
    }

    private sealed class LimitedSite : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Feedback:PermitLimit", "2");
        }
    }
}
