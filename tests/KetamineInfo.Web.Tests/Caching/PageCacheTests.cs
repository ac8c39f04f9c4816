using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Caching;

[Collection(SharedSite.Name)]
public sealed class PageCacheTests(SiteFactory site)
{
    [Fact]
    public async Task Page_HasStrongETag_AndAnswers304WhenItMatches()
    {
        var client = site.CreatePlainClient();
        using var first = await client.GetAsync(new Uri("/articles/first-article", UriKind.Relative));
        var etag = first.Headers.ETag!;

        Assert.False(etag.IsWeak);
        var cache = first.Headers.CacheControl!;
        Assert.True(cache.Public && cache.MustRevalidate);
        Assert.Equal(TimeSpan.FromSeconds(60), cache.MaxAge);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/first-article");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);
    }

    [Fact]
    public async Task Page_WithAnOldETag_GetsTheFullPage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/first-article");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));

        using var response = await site.CreatePlainClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>First article</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("identity", null)]
    [InlineData("", null)]
    public async Task Page_IsCompressedAsTheClientAsks(string acceptEncoding, string? expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/second-article");
        if (acceptEncoding.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        using var response = await site.CreatePlainClient().SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var html = expected switch
        {
            "br" => Decode(bytes, s => new BrotliStream(s, CompressionMode.Decompress)),
            "gzip" => Decode(bytes, s => new GZipStream(s, CompressionMode.Decompress)),
            _ => System.Text.Encoding.UTF8.GetString(bytes),
        };
        Assert.Contains("<h1>Second article, first by alphabet</h1>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sitemap.xml")]
    [InlineData("/feed.xml")]
    public async Task Feeds_AreCompressedAndCacheable(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");

        using var response = await site.CreatePlainClient().SendAsync(request);

        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task ForgedHostHeader_CannotPoisonTheCachedPageForOthers()
    {
        var client = site.CreatePlainClient();
        using (var forged = new HttpRequestMessage(HttpMethod.Get, "/articles/second-article"))
        {
            forged.Headers.Host = "evil.example";
            using var _ = await client.SendAsync(forged);
        }

        var page = await client.GetDocumentAsync("/articles/second-article");

        Assert.DoesNotContain("evil.example", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchResults_AreNeverStored()
    {
        using var response = await site.CreatePlainClient().GetAsync(new Uri("/search?q=pressure", UriKind.Relative));

        Assert.Null(response.Headers.ETag);
        Assert.NotEqual("public", response.Headers.CacheControl?.Public.ToString());
    }

    /// <summary>
    /// Asset URLs carry a content fingerprint. (Their one-year immutable Cache-Control comes from the publish
    /// manifest; a build manifest, which these tests run on, serves no-cache for editing. scripts/publish-smoke
    /// checks the published headers.)
    /// </summary>
    [Fact]
    public async Task AssetUrls_AreFingerprinted()
    {
        var client = site.CreatePlainClient();
        var page = await client.GetDocumentAsync("/");
        foreach (var url in new[] { page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!, page.QuerySelector("script[src]")!.GetAttribute("src")! })
        {
            Assert.Matches(@"^/(css|js)/site\.[a-z0-9]{6,}\.(css|js)$", url);
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
        }
    }

    private static string Decode(byte[] bytes, Func<Stream, Stream> decoder)
    {
        using var input = new MemoryStream(bytes);
        using var stream = decoder(input);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
