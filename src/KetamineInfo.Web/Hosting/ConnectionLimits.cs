using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace KetamineInfo.Web.Hosting;

/// <summary>
/// How many connections one client address may hold open at once (section <c>Server</c>). Kestrel's own
/// limits (Kestrel:Limits in appsettings.json) bound the total and the time a slow client may take; this
/// keeps one client from using up that total. Behind a reverse proxy every connection comes from the proxy:
/// set it to 0 there and let the proxy limit each client.
/// </summary>
public sealed class ServerOptions
{
    public const string Section = "Server";

    public int MaxConnectionsPerClient { get; set; } = 256;

    /// <summary>Stored pages are answered on the socket's I/O thread; all other work on the thread pool (<see cref="InlineIo"/>).</summary>
    public bool InlineIo { get; set; } = true;
}

internal static class ConnectionLimits
{
    /// <summary>Adds the per-client limit to every endpoint Kestrel listens on.</summary>
    public static void LimitConnectionsPerClient(this KestrelServerOptions kestrel, int limit)
    {
        if (limit <= 0)
        {
            return;
        }

        var open = new ConcurrentDictionary<IPAddress, int>();
        kestrel.ConfigureEndpointDefaults(listen => listen.Use(next => async connection =>
        {
            var client = (connection.RemoteEndPoint as IPEndPoint)?.Address;
            if (client is null)
            {
                await next(connection);
                return;
            }

            if (open.AddOrUpdate(client, 1, (_, n) => n + 1) > limit)
            {
                Release(open, client);
                connection.Abort(new ConnectionAbortedException("Too many connections from one client"));
                return;
            }

            try
            {
                await next(connection);
            }
            finally
            {
                Release(open, client);
            }
        }));
    }

    private static void Release(ConcurrentDictionary<IPAddress, int> open, IPAddress client)
    {
        // Remove the entry at zero, so a scan of many addresses cannot grow the table for ever.
        if (open.AddOrUpdate(client, 0, (_, n) => n - 1) <= 0)
        {
            open.TryRemove(new KeyValuePair<IPAddress, int>(client, 0));
        }
    }
}
