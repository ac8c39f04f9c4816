using System.Net.Sockets;
using System.Text;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Tests.Security;

/// <summary>One client address cannot hold more than its share of connections; Kestrel's limits are the configured ones.</summary>
public sealed class ConnectionLimitTests(ConnectionLimitTests.ThreePerClient server) : IClassFixture<ConnectionLimitTests.ThreePerClient>
{
    [Fact]
    public async Task AClientOverItsConnectionLimit_IsCutOff_AndServedAgainOnceItClosesOne()
    {
        var address = server.ClientOptions.BaseAddress;
        var held = new List<TcpClient>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                held.Add(await ConnectedAsync(address));
                Assert.Equal(200, await StatusAsync(held[^1])); // each held connection is a working keep-alive connection
            }

            Assert.Null(await TryNewConnectionAsync(address));

            // Once the client closes one, the server (after it has seen the close) serves a new one.
            held[0].Dispose();
            held.RemoveAt(0);
            int? again = null;
            for (var attempt = 0; attempt < 50 && again is null; attempt++)
            {
                await Task.Delay(100);
                again = await TryNewConnectionAsync(address);
            }

            Assert.Equal(200, again);
        }
        finally
        {
            held.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public async Task AddressesOfOneNetwork_ShareItsLimit_AndAnotherNetworkIsStillServed()
    {
        // An attacker's /24 (or IPv6 /64) holds many addresses; the limit is the network's, not each address's.
        var address = server.ClientOptions.BaseAddress;
        var held = new List<RawConnection>();
        try
        {
            foreach (var from in new[] { "127.5.0.1", "127.5.0.2", "127.5.0.3" })
            {
                held.Add((await RawConnection.TryOpenAsync(from, address))!);
                Assert.Equal(200, await held[^1].TryStatusAsync("/healthz"));
            }

            Assert.Null(await RawConnection.TryGetAsync("127.5.0.4", address, "/healthz"));
            Assert.Equal(200, await RawConnection.TryGetAsync("127.6.0.1", address, "/healthz"));
        }
        finally
        {
            held.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public async Task ANamedProxy_IsNotCappedAsOneClient()
    {
        // Behind a proxy every reader's connection comes from it; ForwardedHeaders:KnownProxies names it.
        var address = server.ClientOptions.BaseAddress;
        var held = new List<RawConnection>();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                held.Add((await RawConnection.TryOpenAsync(ThreePerClient.Proxy, address))!);
                Assert.Equal(200, await held[^1].TryStatusAsync("/healthz"));
            }
        }
        finally
        {
            held.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public void KestrelLimits_ComeFromAppSettings()
    {
        var limits = server.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;

        Assert.Equal(4000, limits.MaxConcurrentConnections);
        Assert.Equal(16, limits.MaxConcurrentUpgradedConnections);
        Assert.Equal(TimeSpan.FromSeconds(10), limits.RequestHeadersTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), limits.KeepAliveTimeout);
    }

    private static async Task<TcpClient> ConnectedAsync(Uri address)
    {
        var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        return client;
    }

    /// <summary>The status of a GET on a new connection, or null when the server cut the connection off.</summary>
    private static async Task<int?> TryNewConnectionAsync(Uri address)
    {
        try
        {
            using var client = await ConnectedAsync(address);
            return await TryStatusAsync(client);
        }
        catch (SocketException)
        {
            return null; // the reset can arrive before the connect completes
        }
    }

    private static async Task<int> StatusAsync(TcpClient client) =>
        await TryStatusAsync(client) ?? throw new InvalidOperationException("the connection was closed");

    /// <summary>Sends a keep-alive GET and reads the status line, or null when the server has closed the connection.</summary>
    private static async Task<int?> TryStatusAsync(TcpClient client)
    {
        try
        {
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n"));
            var buffer = new byte[512];
            var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
            var text = Encoding.ASCII.GetString(buffer, 0, read);
            return read == 0 ? null : int.Parse(text.AsSpan(9, 3), provider: System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or SocketException)
        {
            return null;
        }
    }

    public sealed class ThreePerClient : SiteFactory
    {
        public const string Proxy = "127.12.0.1";

        public ThreePerClient()
        {
            UseKestrel(0);
            StartServer();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Server:MaxConnectionsPerClient", "3");
            builder.UseSetting("ForwardedHeaders:KnownProxies:0", Proxy);
        }
    }
}
