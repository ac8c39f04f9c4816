using System.Net;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace KetamineInfo.Web.Tests.Caching;

/// <summary>
/// The output-caching variant bench/run measures against the page cache must be a fair rival: it stores the
/// same public pages, never the search page, and a content change evicts them.
/// </summary>
public sealed class OutputCacheComparisonTests : IDisposable
{
    private readonly ContentCopy _content = new();
    private readonly OutputCacheSite _site;

    public OutputCacheComparisonTests() => _site = new OutputCacheSite(_content.Root);

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task PublicPages_AreServedFromTheOutputCache_UntilTheContentChanges()
    {
        var client = _site.CreateClient();
        (await client.GetAsync(new Uri("/articles/second-article", UriKind.Relative))).Dispose();
        using var hit = await client.GetAsync(new Uri("/articles/second-article", UriKind.Relative));
        using var search = await client.GetAsync(new Uri("/search", UriKind.Relative));
        using var searchAgain = await client.GetAsync(new Uri("/search", UriKind.Relative));

        Assert.NotNull(hit.Headers.Age); // output caching marks what it served from store
        Assert.Null(searchAgain.Headers.Age);

        _content.Write("articles/second-article.md", _content.Read("articles/second-article.md").Replace("This page is short.", "This page changed.", StringComparison.Ordinal));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30); // generous: a loaded CI machine, a file watcher
        while (!(await client.GetStringAsync(new Uri("/articles/second-article", UriKind.Relative))).Contains("This page changed.", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "the cached page was never evicted");
            await Task.Delay(50);
        }
    }

    private sealed class OutputCacheSite(string contentPath) : SiteFactory(contentPath, "Development")
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Caching:Engine", "OutputCache");
        }
    }
}
