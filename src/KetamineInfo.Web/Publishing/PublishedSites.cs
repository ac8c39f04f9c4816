using KetamineInfo.Content.Loading;
using KetamineInfo.Content.Model;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Publishing;

/// <summary>
/// Keeps the <see cref="PublishedSite"/> of the current snapshot, built once per snapshot, with drafts
/// served or not as <see cref="ContentOptions.DraftsServed"/> says for this environment.
/// </summary>
public sealed class PublishedSites(ContentStore store, IOptions<ContentOptions> options, IWebHostEnvironment environment)
{
    private readonly bool _draftsServed = options.Value.DraftsServed(environment);
    private PublishedSite? _latest;

    public PublishedSite Current => For(store.Current);

    /// <summary>The published site of a snapshot: the one already built for it, or a new one.</summary>
    public PublishedSite For(ContentSnapshot snapshot)
    {
        var latest = Volatile.Read(ref _latest);
        if (latest is not null && ReferenceEquals(latest.Snapshot, snapshot))
        {
            return latest;
        }

        var site = PublishedSite.Of(snapshot, _draftsServed);
        if (latest is null || snapshot.Version >= latest.Snapshot.Version)
        {
            Interlocked.CompareExchange(ref _latest, site, latest);
        }

        return site;
    }
}
