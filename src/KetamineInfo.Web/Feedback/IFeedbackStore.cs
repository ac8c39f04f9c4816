namespace KetamineInfo.Web.Feedback;

/// <summary>
/// Where feedback is kept: SQLite on one machine, PostgreSQL behind a load balancer. Same schema, same queries.
/// Never called while serving a page: only the feedback POST, the <c>feedback</c> command and health checks use it.
/// </summary>
public interface IFeedbackStore
{
    /// <summary>A name for logs and health: "SQLite at PATH" or "PostgreSQL".</summary>
    string Description { get; }

    /// <summary>Creates the schema, or brings an older one up to date.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Stores every entry of the batch, or none of them.</summary>
    Task AddAsync(IReadOnlyList<FeedbackEntry> batch, CancellationToken cancellationToken);

    /// <summary>Every entry since <paramref name="since"/> (all when null), oldest first.</summary>
    Task<IReadOnlyList<FeedbackEntry>> ReadAsync(DateTimeOffset? since, CancellationToken cancellationToken);

    /// <summary>Deletes entries older than <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>Throws when the store cannot be reached or written.</summary>
    Task PingAsync(CancellationToken cancellationToken);
}
