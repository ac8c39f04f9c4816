using System.Data.Common;
using KetamineInfo.Web.Feedback;
using Npgsql;

namespace KetamineInfo.Web.Tests.Feedback;

/// <summary>
/// The store tests on a real PostgreSQL (scripts/with-postgres starts a throwaway one), each test in a schema of
/// its own so tests can run side by side. Without one these tests fail, saying how to run them: a test that
/// cannot run must not pass.
/// </summary>
public sealed class PostgresFeedbackStoreTests : FeedbackStoreTests
{
    public const string Variable = "KETAMINEINFO_TEST_POSTGRES";

    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");
    private readonly string _server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException($"{Variable} is not set, so the PostgreSQL feedback store cannot be tested. Run the tests through scripts/with-postgres (for example: scripts/with-postgres dotnet test KetamineInfo.sln), or run scripts/test, which does.");

    private PostgresFeedbackStore? _store;

    private string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { SearchPath = _schema }.ConnectionString;

    protected override SqlFeedbackStore Store => _store ??= new PostgresFeedbackStore(ConnectionString);

    public override async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {_schema}", connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task<DbConnection> OpenDirectAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
