using System.Net;
using KetamineInfo.Web.Caching;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KetamineInfo.Web.Tests.Caching;

/// <summary>
/// What a client can make the page cache hold: one entry per public page, whatever Host, port, case or
/// trailing slash it sends, and never more bytes than the configured limit.
/// </summary>
public sealed class PageCacheBoundsTests
{
    private static readonly string[] PublicPages =
        ["/", "/articles/first-article", "/articles/second-article", "/glossary", "/about", "/sitemap.xml", "/feed.xml", "/robots.txt"];

    [Fact]
    public async Task ForgedHostsPortsAndVariants_AddNothingToTheCache_WithoutABaseUrl()
    {
        using var factory = new SiteFactory();
        var client = factory.CreatePlainClient();
        await GetAllAsync(client);
        var store = factory.Services.GetRequiredService<PageStore>();
        Assert.Equal(PublicPages.Length, store.Count);

        for (var i = 0; i < 200; i++)
        {
            using var forged = await SendAsync(client, "/articles/first-article", host: $"x{i}.example");
            Assert.Equal(HttpStatusCode.OK, forged.StatusCode); // still served, built for that host
            using var port = await SendAsync(client, "/articles/first-article", host: $"localhost:{i + 1}");
            Assert.Equal(HttpStatusCode.OK, port.StatusCode);
            using var variant = await SendAsync(client, i % 2 == 0 ? "/ARTICLES/first-article/" : "/Glossary/");
            Assert.Equal(HttpStatusCode.MovedPermanently, variant.StatusCode);
        }

        Assert.Equal(PublicPages.Length, store.Count);
    }

    [Fact]
    public async Task WithAnAllowedHostsList_HostFilteringRefusesOtherHosts_BeforeTheyReachTheCache()
    {
        using var factory = new SiteFactory().WithWebHostBuilder(b => b.UseSetting("AllowedHosts", "example.org;*.example.org"));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var store = factory.Services.GetRequiredService<PageStore>();

        foreach (var host in new[] { "example.org", "www.example.org" })
        {
            using var listed = await SendAsync(client, "/articles/first-article", host);
            Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
            Assert.Contains($"http://{host}/articles/first-article", await listed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        for (var i = 0; i < 50; i++)
        {
            using var forged = await SendAsync(client, "/articles/first-article", host: $"x{i}.example");
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        Assert.Equal(2, store.Count); // one entry per listed host that asked, nothing for the rest
    }

    [Fact]
    public async Task WithABaseUrl_EveryHostSharesOneEntryPerPage()
    {
        using var factory = new SiteFactory().WithWebHostBuilder(b => b.UseSetting("Site:BaseUrl", "https://ketamine.example.org"));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        for (var i = 0; i < 100; i++)
        {
            using var response = await SendAsync(client, "/articles/second-article", host: $"x{i}.example:{i + 1}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("https://ketamine.example.org/articles/second-article", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(1, factory.Services.GetRequiredService<PageStore>().Count);
    }

    [Fact]
    public async Task CacheNeverHoldsMoreThanItsLimit_AndPagesAreStillServed()
    {
        const long limit = 30_000;
        using var factory = new SiteFactory().WithWebHostBuilder(b => b.UseSetting("Caching:MaxBytes", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var store = factory.Services.GetRequiredService<PageStore>();

        for (var round = 0; round < 3; round++)
        {
            await GetAllAsync(client);
            Assert.InRange(store.Bytes, 0, limit);
        }

        Assert.InRange(store.Count, 1, PublicPages.Length - 1); // some pages fit, not all: the limit is real
    }

    [Fact]
    public async Task ManyReadersAtOnce_OnAnUncachedPage_CauseOneRender()
    {
        using var factory = new SiteFactory();
        var client = factory.CreatePlainClient();
        var store = factory.Services.GetRequiredService<PageStore>();
        using (await client.GetAsync(new Uri("/glossary", UriKind.Relative)))
        {
        }

        var before = store.Renders;
        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => client.GetAsync(new Uri("/articles/first-article", UriKind.Relative))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.ETag!.Tag).Distinct());
        Assert.Equal(before + 1, store.Renders);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    private static async Task GetAllAsync(HttpClient client)
    {
        foreach (var path in PublicPages)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        return client.SendAsync(request);
    }
}
