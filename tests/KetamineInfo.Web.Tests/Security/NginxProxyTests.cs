using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace KetamineInfo.Web.Tests.Security;

/// <summary>
/// Debian's nginx in front of the site (as README's "Behind a proxy" sets it up, on free ports): readers behind it
/// get limits of their own, and a header a reader forges does not make them someone else.
/// </summary>
public sealed class NginxProxyTests : IDisposable
{
    private const string Search = "/search?q=pressure";
    private const string ProxyAddress = "127.12.0.1"; // nginx connects to the site from here (proxy_bind)
    private readonly ThreeSearchesAMinute _site = new();
    private readonly Nginx _nginx;

    public NginxProxyTests() => _nginx = new Nginx(_site.ClientOptions.BaseAddress);

    public void Dispose()
    {
        _nginx.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task TwoReadersBehindNginx_HaveLimitsOfTheirOwn()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(200, await RawConnection.TryGetAsync("127.21.0.1", _nginx.Address, Search));
        }

        Assert.Equal(429, await RawConnection.TryGetAsync("127.21.0.1", _nginx.Address, Search));
        Assert.Equal(200, await RawConnection.TryGetAsync("127.22.0.1", _nginx.Address, Search));
    }

    [Fact]
    public async Task AForgedForwardedFor_ThroughNginx_DoesNotEscapeTheReadersOwnLimit()
    {
        // Each search claims to come from somewhere new; nginx (README's settings) replaces it with the real address.
        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal(200, await RawConnection.TryGetAsync("127.23.0.1", _nginx.Address, Search, $"X-Forwarded-For: 198.51.{i}.1\r\n"));
        }

        Assert.Equal(429, await RawConnection.TryGetAsync("127.23.0.1", _nginx.Address, Search, "X-Forwarded-For: 198.51.4.1\r\n"));
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
            builder.UseSetting("ForwardedHeaders:KnownProxies:0", ProxyAddress);
        }
    }

    /// <summary>nginx with README's proxy settings, in the foreground, in its own folder; stopped on dispose.</summary>
    private sealed class Nginx : IDisposable
    {
        private readonly TempFolder _folder = new();
        private readonly Process _process;

        public Nginx(Uri site)
        {
            var port = FreePort();
            Address = new Uri($"http://127.0.0.1:{port}/");
            var root = _folder.Root;
            Directory.CreateDirectory(root);
            File.WriteAllText(Path.Combine(root, "nginx.conf"), $$"""
                master_process off;
                pid {{root}}/nginx.pid;
                error_log {{root}}/error.log;
                events { worker_connections 64; }
                http {
                  access_log off;
                  client_body_temp_path {{root}}/body;
                  proxy_temp_path {{root}}/proxy;
                  fastcgi_temp_path {{root}}/fastcgi;
                  uwsgi_temp_path {{root}}/uwsgi;
                  scgi_temp_path {{root}}/scgi;
                  server {
                    listen 127.0.0.1:{{port}};
                    location / {
                      proxy_pass http://127.0.0.1:{{site.Port}};
                      proxy_bind {{ProxyAddress}};
                      proxy_set_header Host $host;
                      proxy_set_header X-Forwarded-For $remote_addr;
                      proxy_set_header X-Forwarded-Proto $scheme;
                    }
                  }
                }
                """);
            var nginx = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
            _process = Process.Start(new ProcessStartInfo(nginx, ["-c", Path.Combine(root, "nginx.conf"), "-p", root, "-g", "daemon off;"])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            }) ?? throw new InvalidOperationException("nginx did not start");
            WaitForPort(port);
        }

        public Uri Address { get; }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit();
            }

            _process.Dispose();
            _folder.Dispose();
        }

        private void WaitForPort(int port)
        {
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < TimeSpan.FromSeconds(10))
            {
                Assert.False(_process.HasExited, $"nginx stopped: {_process.StandardError.ReadToEnd()} {ErrorLog()}");
                try
                {
                    using var client = new TcpClient();
                    client.Connect(IPAddress.Loopback, port);
                    return;
                }
                catch (SocketException)
                {
                    Thread.Sleep(50);
                }
            }

            Assert.Fail($"nginx did not listen on {port}: {ErrorLog()}");
        }

        private string ErrorLog() => File.Exists(Path.Combine(_folder.Root, "error.log")) ? File.ReadAllText(Path.Combine(_folder.Root, "error.log")) : "";

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
