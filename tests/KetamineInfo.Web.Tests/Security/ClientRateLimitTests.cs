using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace KetamineInfo.Web.Tests.Security;

/// <summary>Rate limits (search, feedback) count client networks, over real sockets from several loopback networks.</summary>
public sealed class ClientRateLimitTests(ClientRateLimitTests.ThreeSearchesAMinute server) : IClassFixture<ClientRateLimitTests.ThreeSearchesAMinute>
{
    private const string Search = "/search?q=pressure";

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
        }
    }
}
