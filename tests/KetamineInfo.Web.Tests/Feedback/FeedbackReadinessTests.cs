using System.Net;
using System.Text.Json;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace KetamineInfo.Web.Tests.Feedback;

/// <summary>
/// /readyz while the feedback database hangs: an orchestrator's probe waits a second or two, so readiness
/// must answer within that, and say Degraded (still routed to), never hang or say Unhealthy. The server is a
/// real PostgreSQL (scripts/with-postgres), frozen with SIGSTOP; this class runs alone, so the freeze stalls
/// no other test.
/// </summary>
[Collection(FrozenDatabase.Name)]
public sealed class FeedbackReadinessTests : IAsyncLifetime
{
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");
    private readonly string _server = Environment.GetEnvironmentVariable(PostgresFeedbackStoreTests.Variable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException($"{PostgresFeedbackStoreTests.Variable} is not set, so readiness cannot be tested on a frozen PostgreSQL. Run the tests through scripts/with-postgres.");

    public async Task InitializeAsync() => await ExecuteAsync($"CREATE SCHEMA {_schema}");

    public async Task DisposeAsync() => await ExecuteAsync($"DROP SCHEMA {_schema} CASCADE");

    [Fact]
    public async Task FrozenDatabase_ReadinessAnswersDegradedWithinTwoSeconds_AndPagesAreServed()
    {
        using var site = new SiteWithPostgres(new NpgsqlConnectionStringBuilder(_server) { SearchPath = _schema }.ConnectionString);
        var client = site.CreatePlainClient();
        var version = await FeedbackFormTests.VersionAsync(client);
        using (var stored = await FeedbackFormTests.PostAsync(client, FeedbackFormTests.Form(version, ("useful", "yes"))))
        {
            Assert.Equal(HttpStatusCode.SeeOther, stored.StatusCode); // the store works, and its pool holds connections
        }

        using (await FrozenPostgres.FreezeAsync(_server))
        {
            // A generous outer wait turns a hang into a failure here rather than a stuck test run; the
            // readiness timeout itself (FeedbackHealthCheck.Timeout) is what keeps the answer within 2 s.
            using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative)).WaitAsync(TimeSpan.FromSeconds(20));
            using var again = await client.GetAsync(new Uri("/readyz", UriKind.Relative)).WaitAsync(TimeSpan.FromSeconds(20));
            using var page = await client.GetAsync(new Uri("/articles/first-article", UriKind.Relative)).WaitAsync(TimeSpan.FromSeconds(20));

            Assert.Equal(HttpStatusCode.OK, ready.StatusCode); // Degraded keeps the instance in rotation
            using var health = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
            Assert.Equal("Degraded", health.RootElement.GetProperty("status").GetString());
            Assert.Equal("Degraded", health.RootElement.GetProperty("checks").GetProperty("feedback").GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }

    [Fact]
    public async Task FrozenDatabase_AReaderIsToldWithinTheWriteTimeout_WithTheirWords_NeverThanked()
    {
        using var site = new SiteWithPostgres(new NpgsqlConnectionStringBuilder(_server) { SearchPath = _schema }.ConnectionString);
        var client = site.CreatePlainClient();
        var version = await FeedbackFormTests.VersionAsync(client);
        using (var stored = await FeedbackFormTests.PostAsync(client, FeedbackFormTests.Form(version, ("useful", "yes"))))
        {
            Assert.Equal(HttpStatusCode.SeeOther, stored.StatusCode);
        }

        using (await FrozenPostgres.FreezeAsync(_server))
        {
            // Without a write timeout the post waited on Npgsql's 30 s command timeout (or for ever, on a hung socket).
            using var response = await FeedbackFormTests.PostAsync(client, FeedbackFormTests.Form(version, ("useful", "no"), ("text", "Words sent while the database hung.")))
                .WaitAsync(TimeSpan.FromSeconds(20));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Equal("Words sent while the database hung.", page.QuerySelector("textarea")!.TextContent);
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class SiteWithPostgres(string connectionString) : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Feedback", connectionString);
            builder.UseSetting("Feedback:WriteTimeout", "00:00:02");
        }
    }
}

/// <summary>Tests that stop the shared PostgreSQL run alone, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FrozenDatabase
{
    public const string Name = "frozen-database";
}
