using System.Diagnostics;
using System.Text.Json;
using KetamineInfo.Tests.Shared;
using KetamineInfo.Web.Publishing;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.Time.Testing;

namespace KetamineInfo.Web.Tests.Editing;

/// <summary>
/// Special files and failed reloads, on a running site: a FIFO named like an article costs a diagnostic and
/// never stops live reload; a reload that fails shows in /readyz as Degraded, with the reason.
/// </summary>
public sealed class ReloadHealthTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ContentCopy _content = new();
    private readonly FaultySiteFactory _site;
    private readonly HttpClient _client;

    public ReloadHealthTests()
    {
        _site = new FaultySiteFactory(_content.Root);
        _client = _site.CreatePlainClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task FifoNamedLikeAnArticle_IsReported_AndLaterEditsStillShowUp()
    {
        Assert.Equal("Healthy", (await ReadinessAsync()).Status);
        using (var mkfifo = Process.Start("mkfifo", _content.PathOf("articles/pipe.md")))
        {
            await mkfifo.WaitForExitAsync();
        }

        await EventuallyAsync(async () => (await ReadinessAsync()).Description.EndsWith("1 content error in 1 file: content/articles/pipe.md (1 error): readers do not see it.", StringComparison.Ordinal));

        File.Delete(_content.PathOf("articles/pipe.md"));
        _content.Write("articles/first-article.md", _content.Read("articles/first-article.md").Replace("The feeling fades.", "This page came after the pipe.", StringComparison.Ordinal));

        await EventuallyAsync(async () => (await _client.GetStringAsync(new Uri("/articles/first-article", UriKind.Relative))).Contains("came after the pipe", StringComparison.Ordinal));
        Assert.Equal("Healthy", (await ReadinessAsync()).Status);
    }

    [Fact]
    public async Task Readiness_SaysForEachFileWithErrors_WhichVersionReadersGet()
    {
        // Signed with the command, so a copy of the words signed is kept and the error stands in the article.
        var (exit, output) = await AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = _content.Root },
            "sign-off", "second-article", "--reviewer", "dr-test", "--date", "2026-12-01");
        Assert.True(exit == 0, output);
        await EventuallyAsync(async () => (await ReadinessAsync()).Status == "Healthy");
        var firstVersion = await VersionShownAsync("first-article");
        _content.Write("articles/first-article.md", "---\ntitle: [unclosed\n---\nBroken.\n");
        _content.Write("articles/second-article.md", _content.Read("articles/second-article.md").Replace("may rise", "may rise a lot", StringComparison.Ordinal));

        await EventuallyAsync(async () => (await ReadinessAsync()).Description.Contains("second-article.md", StringComparison.Ordinal));
        var (status, description) = await ReadinessAsync();

        // The signed article changed without re-review is shown as it is now (marked on the page); the broken one is not.
        Assert.Equal("Degraded", status);
        Assert.Matches($@"first-article\.md \(\d+ errors?\): readers see its last good version, {firstVersion}", description);
        Assert.Matches(@"second-article\.md \(1 error\): readers see it as it is now, [0-9a-f]{12}", description);
        Assert.Contains("may rise a lot", await _client.GetStringAsync(new Uri("/articles/second-article", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("The feeling fades.", await _client.GetStringAsync(new Uri("/articles/first-article", UriKind.Relative)), StringComparison.Ordinal);
    }

    private async Task<string> VersionShownAsync(string slug)
    {
        var page = await _client.GetStringAsync(new Uri("/_content", UriKind.Relative));
        var match = System.Text.RegularExpressions.Regex.Match(page, $"<tr data-file=\"[^\"]*/{slug}\\.md\"[^>]*data-version=\"([0-9a-f]{{12}})\"");
        Assert.True(match.Success, $"/_content shows no version for {slug}");
        return match.Groups[1].Value;
    }

    [Fact]
    public async Task FailedReload_ShowsInReadiness_AsDegradedWithTheReason_UntilOneSucceeds()
    {
        Assert.Equal("Healthy", (await ReadinessAsync()).Status);
        _site.Files.Fault = new IOException("the share went away");
        _content.Write("articles/first-article.md", _content.Read("articles/first-article.md") + "\nMore.\n");

        await EventuallyAsync(async () => (await ReadinessAsync()).Status == "Degraded");
        Assert.Equal(
            "Content is not up to date: the last content reload failed (IOException; see the log); the previous snapshot is served.",
            (await ReadinessAsync()).Description);

        _site.Files.Fault = null;
        _content.Write("articles/first-article.md", _content.Read("articles/first-article.md") + "\nEven more.\n");

        await EventuallyAsync(async () => (await ReadinessAsync()).Status == "Healthy");
    }

    [Fact]
    public async Task StuckReload_ShowsInReadiness_AsDegradedAfterThirtySeconds()
    {
        _site.Files.Close();
        _content.Write("articles/first-article.md", _content.Read("articles/first-article.md") + "\nMore.\n");
        Assert.True(_site.Files.Waiting.Wait(Patience));

        _site.Clock.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal(
            ("Degraded", "Content is not up to date: a content reload has been running for 31 s; the previous snapshot is served."),
            await ReadinessAsync());
        _site.Files.Open();
        await EventuallyAsync(async () => (await ReadinessAsync()).Status == "Healthy");
    }

    private async Task<(string Status, string Description)> ReadinessAsync()
    {
        using var response = await _client.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var content = json.RootElement.GetProperty("checks").GetProperty("content");
        return (json.RootElement.GetProperty("status").GetString()!, content.GetProperty("description").GetString()!);
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the change did not show up in time");
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// The fixture site in Development, on a clock the test moves, reading its content through a provider whose
    /// reads can be made to fail or to stop at a gate.
    /// </summary>
    private sealed class FaultySiteFactory(string contentPath) : SiteFactory(contentPath, "Development")
    {
        public FaultyFileProvider Files { get; } = new(contentPath);

        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddKeyedSingleton<IFileProvider>(ContentServices.ContentKey, Files);
                services.AddSingleton<TimeProvider>(Clock);
            });
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            Files.Dispose();
        }
    }

    private sealed class FaultyFileProvider(string root) : IFileProvider, IDisposable
    {
        private readonly PhysicalFileProvider _inner = new(root);
        private readonly ManualResetEventSlim _gate = new(initialState: true);

        public Exception? Fault { get; set; }

        /// <summary>Set when a load has reached the closed gate (each load reads site.yml first).</summary>
        public ManualResetEventSlim Waiting { get; } = new();

        public void Close() => _gate.Reset();

        public void Open() => _gate.Set();

        public IFileInfo GetFileInfo(string subpath)
        {
            if (Fault is { } fault)
            {
                throw fault;
            }

            if (subpath == "site.yml" && !_gate.IsSet)
            {
                Waiting.Set();
                _gate.Wait();
            }

            return _inner.GetFileInfo(subpath);
        }

        public IDirectoryContents GetDirectoryContents(string subpath) => _inner.GetDirectoryContents(subpath);

        public IChangeToken Watch(string filter) => _inner.Watch(filter);

        public void Dispose()
        {
            _gate.Set();
            _gate.Dispose();
            Waiting.Dispose();
            _inner.Dispose();
        }
    }
}
