using System.Net;
using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Pages;

[Collection(SharedSite.Name)]
public sealed class NotFoundTests(SiteFactory site)
{
    public static TheoryData<string> HostileUrls => new()
    {
        "/articles/no-such-article",
        "/articles/..%2F..%2Fappsettings.json",
        "/articles/%2E%2E%2F%2E%2E%2Fcontent%2Fsite.yml",
        "/articles/..%252F..%252Fsite.yml",
        "/articles/%c0%ae%c0%ae%2fsite.yml",
        "/articles/" + new string('a', 3000),
        "/articles/First-Articles",
        "/articles/first-article/extra",
        "/..%2Fcontent%2Fsite.yml",
        "/content/site.yml",
        "/appsettings.json",
        "/KetamineInfo.Web.dll",
        "/nothing-here",
    };

    [Theory]
    [MemberData(nameof(HostileUrls))]
    public async Task Get_UnknownOrHostileUrl_Returns404WithHelpfulLinks(string url)
    {
        using var response = await site.CreatePlainClient().GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(body, CancellationToken.None);
        Assert.NotNull(page.QuerySelector("a[href='/']"));
        Assert.NotNull(page.QuerySelector("a[href='/articles/first-article']"));
        Assert.NotNull(page.QuerySelector(".crisis"));
        Assert.DoesNotContain("reading_grade_limit", body, StringComparison.Ordinal); // no file contents leak
        Assert.Null(page.QuerySelector("meta[property='og:url']")); // a missing page has no address to share
        Assert.DoesNotContain("/not-found", body, StringComparison.Ordinal);
    }

    /// <summary>
    /// NUL bytes need the real server: the in-memory test server refuses to build such a request. Kestrel
    /// itself rejects a decoded NUL as a bad request before the app sees it; either way, never a 500 or a file.
    /// </summary>
    [Theory]
    [InlineData("/articles/%00")]
    [InlineData("/articles/first-article%00")]
    [InlineData("/articles/..%00/site.yml")]
    public async Task Get_NulByteOverRealHttp_IsRejectedCalmly(string url)
    {
        using var server = new KestrelSiteFactory();
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Contains(response.StatusCode, (HttpStatusCode[])[HttpStatusCode.BadRequest, HttpStatusCode.NotFound]);
        Assert.DoesNotContain("reading_grade_limit", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
