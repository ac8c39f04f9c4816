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
    public async Task EachCoding_HasItsOwnStrongETag_AndOnlyItsOwnTagAnswers304()
    {
        // RFC 9110 8.8.3: a strong tag names one representation, and plain, Brotli and gzip bytes are three.
        var client = site.CreatePlainClient();
        string[] codings = ["identity", "br", "gzip"];
        var tags = new Dictionary<string, EntityTagHeaderValue>();
        foreach (var coding in codings)
        {
            using var response = await client.SendAsync(PageRequest(coding, ifNoneMatch: null));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.ETag!.IsWeak);
            tags[coding] = response.Headers.ETag;
        }

        Assert.Equal(3, tags.Values.Select(t => t.Tag).Distinct().Count());
        foreach (var coding in codings)
        {
            foreach (var (taggedCoding, tag) in tags)
            {
                using var response = await client.SendAsync(PageRequest(coding, tag));
                var expected = coding == taggedCoding ? HttpStatusCode.NotModified : HttpStatusCode.OK;
                Assert.True(expected == response.StatusCode, $"Accept-Encoding {coding} with the {taggedCoding} tag answered {response.StatusCode}");
                Assert.Equal(tags[coding], response.Headers.ETag);
            }
        }

        static HttpRequestMessage PageRequest(string coding, EntityTagHeaderValue? ifNoneMatch)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/articles/first-article");
            request.Headers.TryAddWithoutValidation("Accept-Encoding", coding);
            if (ifNoneMatch is not null)
            {
                request.Headers.IfNoneMatch.Add(ifNoneMatch);
            }

            return request;
        }
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

    [Theory]
    [InlineData("/search?q=pressure")]
    [InlineData("/search")]
    [InlineData("/search/nothing")]
    public async Task SearchAnswers_AreNeverStoredAnywhere(string url)
    {
        using var response = await site.CreatePlainClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Null(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: Cache-Control is '{response.Headers.CacheControl}'");
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData("/not-found")]
    [InlineData("/error")]
    public async Task PagesThatAreNotPublicPages_AreNeverStored(string url)
    {
        var client = site.CreatePlainClient();
        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var second = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Null(second.Headers.ETag); // a stored page always carries its ETag
        Assert.False(second.Headers.CacheControl?.Public ?? false);
    }

    [Theory]
    [InlineData("/GLOSSARY", "/glossary")]
    [InlineData("/glossary/", "/glossary")]
    [InlineData("/ROBOTS.TXT", "/robots.txt")]
    [InlineData("/ARTICLES/first-article/", "/articles/first-article")]
    [InlineData("/Articles/First-Article", "/articles/first-article")]
    public async Task CaseAndSlashVariantsOfAPublicPage_RedirectToItsCanonicalPath(string variant, string canonical)
    {
        using var response = await site.CreatePlainClient().GetAsync(new Uri(variant, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/GLOSSARY/x")]
    [InlineData("/NOTHING-HERE/")]
    [InlineData("/articles/NO-SUCH-ARTICLE")]
    public async Task VariantsOfPathsThatAreNotPages_AreNotRedirected(string url)
    {
        using var response = await site.CreatePlainClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task HeadBeforeAnyGet_HasTheSameValidatorsAsGet()
    {
        using var factory = new SiteFactory();
        var client = factory.CreatePlainClient();
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/articles/second-article"));
        using var get = await client.GetAsync(new Uri("/articles/second-article", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.NotNull(head.Headers.ETag);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Headers.CacheControl, head.Headers.CacheControl);
        Assert.Contains("Accept-Encoding", head.Headers.Vary);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task WeakIfNoneMatch_OfTheCurrentPage_Answers304()
    {
        var client = site.CreatePlainClient();
        using var first = await client.GetAsync(new Uri("/articles/first-article", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/first-article");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(first.Headers.ETag!.Tag, isWeak: true));

        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task UnsatisfiableRange_OnAStylesheet_Answers416NotThe404Page()
    {
        var client = site.CreatePlainClient();
        var css = (await client.GetDocumentAsync("/")).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        using var request = new HttpRequestMessage(HttpMethod.Get, css);
        request.Headers.Range = new RangeHeaderValue(10_000_000, 10_000_100);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.DoesNotContain("can’t find that page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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
