using KetamineInfo.Content.Loading;
using KetamineInfo.Content.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace KetamineInfo.Content.Tests;

/// <summary>
/// Reloads that fail or hang are logged and reported (readiness shows them), and never pile up threads.
/// Waits are generous (30 s) and only turn a hang into a failure.
/// </summary>
public sealed class ContentStoreTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempContent _content = new();
    private readonly GatedFileProvider _files;
    private readonly FakeTimeProvider _clock = new(TempContent.Today);
    private readonly ListLogger<ContentStore> _log = new();
    private readonly ContentStore _store;

    public ContentStoreTests()
    {
        _content.Article("page", "Text.");
        _files = new GatedFileProvider(_content.Root);
        var loader = new ContentLoader(_files, _clock);
        _store = new ContentStore(loader, _files, _log, TimeSpan.FromMilliseconds(10), watch: false, _clock, slowReload: TimeSpan.FromSeconds(30));
    }

    public void Dispose()
    {
        _store.Dispose();
        _files.Dispose();
        _content.Dispose();
    }

    [Fact]
    public void FailedReload_IsLoggedAndReported_UntilAReloadSucceeds()
    {
        var first = _store.Current;
        _files.Fault = new IOException("the share went away");

        Assert.Same(first, _store.Reload());

        Assert.Equal("the last content reload failed (IOException; see the log); the previous snapshot is served", _store.ReloadProblem);
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Error && e.Message.StartsWith("Content reload failed", StringComparison.Ordinal));

        _files.Fault = null;
        _store.Reload();

        Assert.Null(_store.ReloadProblem);
    }

    [Fact]
    public void ListenerThatThrows_IsLogged_AndNeitherStopsTheReloadNorTheOtherListeners()
    {
        long? seenByLaterListener = null;
        _store.Changed += _ => throw new ObjectDisposedException("SearchAnalyzer");
        _store.Changed += snapshot => seenByLaterListener = snapshot.Version;
        _content.Article("second", "More text.");

        var next = _store.Reload();

        Assert.Same(next, _store.Current);
        Assert.Equal(2, next.Articles.Count);
        Assert.Equal(next.Version, seenByLaterListener);
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Error && e.Message == $"A listener failed to take content snapshot {next.Version}; pages serve it, the listener keeps what it had");
    }

    [Fact]
    public async Task ReloadThatRunsTooLong_IsLoggedAndReportedWhileItRuns()
    {
        _files.Close();
        var reload = Task.Run(_store.Reload);
        Assert.True(_files.Waiting.Wait(Patience));

        _clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Null(_store.ReloadProblem);
        _clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal("a content reload has been running for 31 s; the previous snapshot is served", _store.ReloadProblem);
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Warning && e.Message == "Content reload still running after 30 s; still serving the previous snapshot");

        _files.Open();
        await reload.WaitAsync(Patience);

        Assert.Null(_store.ReloadProblem);
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Warning && e.Message == "Content reload took 31.0 s");
    }

    [Fact]
    public async Task SavesDuringAStuckReload_DoNotWaitForIt_AndBecomeOneMoreReload()
    {
        var loadsBefore = _files.Loads;
        _files.Close();
        var stuck = Task.Run(_store.RequestReload);
        Assert.True(_files.Waiting.Wait(Patience));

        // Five more saves while the reload is stuck: each request returns at once instead of queueing a
        // blocked thread behind the stuck one.
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(_store.RequestReload))).WaitAsync(Patience);
        Assert.False(stuck.IsCompleted);

        _files.Open();
        await stuck.WaitAsync(Patience);

        Assert.Equal(loadsBefore + 2, _files.Loads); // the stuck reload, then one for all five saves
    }
}
