using System.Threading.Channels;
using KetamineInfo.Content.Loading;
using KetamineInfo.Content.Model;
using Microsoft.Extensions.DependencyInjection;

namespace KetamineInfo.Web.Tests.Support;

/// <summary>
/// The site's content reloads as they happen (<see cref="ContentStore.Changed"/>): a test that saves a file waits
/// for the snapshot holding its change, then asks the site once, instead of polling pages on a clock. Subscribe
/// before saving; one save can raise more than one reload, so each wait names what it waits for.
/// </summary>
internal sealed class ContentReloads : IDisposable
{
    // A safety net only: a reload takes well under a second; a missing one must fail the test, not hang it.
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);

    private readonly ContentStore _store;
    private readonly Channel<ContentSnapshot> _snapshots = Channel.CreateUnbounded<ContentSnapshot>();

    public ContentReloads(IServiceProvider services)
    {
        _store = services.GetRequiredService<ContentStore>();
        _store.Changed += OnChanged;
    }

    /// <summary>The first snapshot loaded from now on for which <paramref name="holds"/> is true.</summary>
    public async Task<ContentSnapshot> UntilAsync(Func<ContentSnapshot, bool> holds)
    {
        using var giveUp = new CancellationTokenSource(GiveUpAfter);
        try
        {
            while (true)
            {
                var snapshot = await _snapshots.Reader.ReadAsync(giveUp.Token);
                if (holds(snapshot))
                {
                    return snapshot;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no content reload brought the change within {GiveUpAfter.TotalSeconds:0} s");
        }
    }

    public void Dispose() => _store.Changed -= OnChanged;

    private void OnChanged(ContentSnapshot snapshot) => _snapshots.Writer.TryWrite(snapshot);
}
