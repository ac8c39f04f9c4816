using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace KetamineInfo.Web.Tests.Security;

/// <summary>Rate limits (search, feedback) count client networks, over real sockets from several loopback networks.</summary>
public sealed class ClientRateLimitTests(ClientRateLimitTests.ThreeSearchesAMinute server) : IClassFixture<ClientRateLimitTests.ThreeSearchesAMinute>
{
    private const string Search = "/search?q=pressure";
    private const string Proxy = "127.10.0.1";

    [Fact]
    public async Task AddressesOfOneNetwork_ShareItsSearchLimit_AndAnotherNetworkIsStillServed()
    {
        var address = server.ClientOptions.BaseAddress;
        foreach (var from in new[] { "127.7.0.1", "127.7.0.2", "127.7.0.3" })
        {
            Assert.Equal(200, await RawConnection.TryGetAsync(from, address, Search));
        }

        Assert.Equal(429, await RawConnection.TryGetAsync("127.7.0.4", address, Search));
        Assert.Equal(200, await RawConnection.TryGetAsync("127.8.0.1", address, Search));
    }

    [Fact]
    public async Task ReadersBehindANamedProxy_CountAsThemselves()
    {
        var address = server.ClientOptions.BaseAddress;
        for (var reader = 1; reader <= 5; reader++)
        {
            Assert.Equal(200, await RawConnection.TryGetAsync(Proxy, address, Search, $"X-Forwarded-For: 198.51.{reader}.1\r\n"));
        }

        // …and the limit still holds for each of them.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(200, await RawConnection.TryGetAsync(Proxy, address, Search, "X-Forwarded-For: 203.0.113.9\r\n"));
        }

        Assert.Equal(429, await RawConnection.TryGetAsync(Proxy, address, Search, "X-Forwarded-For: 203.0.113.9\r\n"));
    }

    [Fact]
    public async Task ForgedForwardedFor_FromAnyoneElse_IsIgnored()
    {
        var address = server.ClientOptions.BaseAddress;
        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal(200, await RawConnection.TryGetAsync("127.11.0.1", address, Search, $"X-Forwarded-For: 198.18.{i}.1\r\n"));
        }

        Assert.Equal(429, await RawConnection.TryGetAsync("127.11.0.1", address, Search, "X-Forwarded-For: 198.18.4.1\r\n"));
    }

    [Fact]
    public async Task TheFrameworkSwitchThatTrustsEveryone_TrustsNoOneUntilAProxyIsNamed()
    {
        using var site = new FrameworkSwitchOnly();
        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal(200, await RawConnection.TryGetAsync("127.13.0.1", site.ClientOptions.BaseAddress, Search, $"X-Forwarded-For: 198.19.{i}.1\r\n"));
        }

        Assert.Equal(429, await RawConnection.TryGetAsync("127.13.0.1", site.ClientOptions.BaseAddress, Search, "X-Forwarded-For: 198.19.4.1\r\n"));
    }

    /// <summary>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true, as an operator might set it, and no proxy named.</summary>
    private sealed class FrameworkSwitchOnly : SiteFactory
    {
        public FrameworkSwitchOnly()
        {
            UseKestrel(0);
            StartServer();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ForwardedHeaders_Enabled", "true");
            builder.UseSetting("Search:PermitLimit", "3");
            builder.UseSetting("Search:Window", "00:01:00");
        }
    }

    public sealed class ThreeSearchesAMinute : SiteFactory
    {
        public ThreeSearchesAMinute()
        {
            UseKestrel(0);
            StartServer();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Search:PermitLimit", "3");
            builder.UseSetting("Search:Window", "00:01:00");
            builder.UseSetting("ForwardedHeaders:KnownProxies:0", Proxy);
        }
    }
}
