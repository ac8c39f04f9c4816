using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace KetamineInfo.Web.Tests.Security;

/// <summary>
/// Issue 28: twenty addresses holding idle keep-alive connections filled every slot and readers got nothing.
/// Here four networks fill a site whose budget is 40 connections (10 per network), and a reader from a fifth
/// network must still be served.
/// </summary>
public sealed class ConnectionFloodTests
{
    private const int Budget = 40;
    private const int PerNetwork = 10;

    [Fact]
    public async Task IdleConnectionsFromSeveralNetworks_FillingTheSite_DoNotKeepOutAReaderFromAnother()
    {
        using var site = new SmallSite();
        var server = site.ClientOptions.BaseAddress;
        var held = new List<RawConnection>();
        try
        {
            for (var network = 1; network <= Budget / PerNetwork; network++)
            {
                for (var i = 0; i < PerNetwork; i++)
                {
                    var connection = await RawConnection.TryOpenAsync($"127.{network}.0.1", server);
                    Assert.NotNull(connection);
                    held.Add(connection);
                    Assert.Equal(200, await connection.TryStatusAsync("/healthz")); // a served keep-alive connection, then idle
                }
            }

            Assert.Equal(200, await RawConnection.TryGetAsync("127.99.0.1", server, "/articles/first-article"));

            // Room was made by closing the connections idle longest; the most recently used one still works.
            Assert.Null(await held[0].TryStatusAsync("/healthz"));
            Assert.Equal(200, await held[^1].TryStatusAsync("/healthz"));
        }
        finally
        {
            held.ForEach(c => c.Dispose());
        }
    }

    private sealed class SmallSite : SiteFactory
    {
        public SmallSite()
        {
            UseKestrel(0);
            StartServer();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Kestrel:Limits:MaxConcurrentConnections", Budget.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Server:MaxConnectionsPerClient", PerNetwork.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
