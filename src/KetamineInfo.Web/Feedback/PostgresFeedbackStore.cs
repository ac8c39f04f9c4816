using System.Data.Common;
using Npgsql;

namespace KetamineInfo.Web.Feedback;

/// <summary>Feedback in PostgreSQL (<c>ConnectionStrings:Feedback</c>), for several instances behind a load balancer.</summary>
public sealed class PostgresFeedbackStore(string connectionString) : SqlFeedbackStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public override string Description => "PostgreSQL";

    protected override string IdColumn => "id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);
}
