using System.Net;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KetamineInfo.Web.Tests.Security;

[Collection(SharedSite.Name)]
public sealed class HeaderTests(SiteFactory site)
{
    public static TheoryData<string> Urls => ["/", "/articles/first-article", "/glossary", "/about", "/no-such-page", "/sitemap.xml", "/feed.xml", "/robots.txt", "/healthz", "/css/site.css"];

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task EveryResponse_CarriesTheSecurityHeaders_AndNoCookieOrBanner(string url)
    {
        using var response = await site.CreatePlainClient().GetAsync(new Uri(url, UriKind.Relative));

        var csp = Header(response, "Content-Security-Policy");
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'" })
        {
            Assert.Contains(directive, csp, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        var permissions = Header(response, "Permissions-Policy");
        Assert.Contains("camera=()", permissions, StringComparison.Ordinal);
        Assert.Contains("microphone=()", permissions, StringComparison.Ordinal);
        Assert.Contains("geolocation=()", permissions, StringComparison.Ordinal);
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.False(response.Headers.Contains("X-Powered-By"));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    [InlineData("TRACE")]
    [InlineData("PROPFIND")]
    public async Task OtherMethods_Get405WithAllow(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/articles/first-article");
        using var response = await site.CreatePlainClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task Head_AnswersLikeGetWithoutABody()
    {
        using var server = new KestrelSiteFactory(); // the real server, which is what drops a HEAD body
        using var request = new HttpRequestMessage(HttpMethod.Head, "/articles/first-article");
        using var response = await server.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Https_InProduction_SendsHsts()
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://ketamine.example.org") });

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content)
        : throw new Xunit.Sdk.XunitException($"missing header {name} on {response.RequestMessage?.RequestUri}");
}
