using System.Net.Sockets;
using System.Text;
using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Security;

/// <summary>
/// Raw requests over a real socket to the real server (Kestrel), byte for byte as an attacker would send
/// them: every one gets a 4xx, never a 5xx, and never a file it should not.
/// </summary>
public sealed class HostileRequestTests(KestrelSiteFactory server) : IClassFixture<KestrelSiteFactory>
{
    public static TheoryData<string> Targets => new()
    {
        "/../../appsettings.json",
        "/css/../../appsettings.json",
        "/%2e%2e/%2e%2e/appsettings.json",
        "/articles/..%2f..%2fcontent%2fsite.yml",
        "/articles/%252e%252e%252fsite.yml",
        "/articles/..\\..\\site.yml",
        "/articles/%c0%ae%c0%ae/site.yml",
        "/articles/%ff%fe",
        "/articles/%e2%80%ae",
        "/articles/first-article%00.md",
        "/appsettings.json",
        "/appsettings.Development.json",
        "/KetamineInfo.Web.dll",
        "/KetamineInfo.Web.deps.json",
        "/.git/config",
        "/content/articles/first-article.md",
        "/articles/first-article.md",
        "/wwwroot/css/site.css",
        "/web.config",
        "/articles/" + new string('a', 3000),
        "/search?q=" + new string('x', 20_000),
        "/articles/first-article?" + new string('a', 20_000),
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task HostileTarget_Gets4xx_AndNoFile(string target)
    {
        var (status, body) = await SendRawAsync($"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.InRange(status, 400, 499);
        Assert.DoesNotContain("reading_grade_limit", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Serilog\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("MZ\u0090", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BREW / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\nConnection: close\r\n\r\n")]
    [InlineData("GET /\u00ff\u00fe HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: {0}\r\nConnection: close\r\n\r\n")]
    public async Task MalformedRequests_Get4xx(string template)
    {
        var (status, _) = await SendRawAsync(template.Replace("{0}", new string('b', 40_000), StringComparison.Ordinal));

        Assert.InRange(status, 400, 499);
    }

    [Fact]
    public async Task Kestrel_SendsNoServerBanner()
    {
        // Only a real Kestrel writes a Server header by default (the in-memory test server never does).
        var (status, response) = await SendRawAsync("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        var headers = response.Split("\r\n\r\n", 2)[0].Split("\r\n").Skip(1);

        Assert.Equal(200, status);
        Assert.DoesNotContain(headers, h => h.StartsWith("Server:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(headers, h => h.StartsWith("Content-Security-Policy:", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<(int Status, string Body)> SendRawAsync(string request)
    {
        var address = server.ClientOptions.BaseAddress;
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var statusLine = response.Split("\r\n", 2)[0];
        Assert.StartsWith("HTTP/1.1 ", statusLine, StringComparison.Ordinal);
        return (int.Parse(statusLine.AsSpan(9, 3), provider: System.Globalization.CultureInfo.InvariantCulture), response);
    }
}
