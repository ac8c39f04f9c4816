using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace KetamineInfo.Web.Hosting;

/// <summary>
/// Connection settings of section <c>Server</c>. Kestrel's own limits (Kestrel:Limits in appsettings.json)
/// bound the total and the time a slow client may take; <see cref="ConnectionGate"/> keeps one network from
/// using up that total and, near it, closes idle connections so a new reader gets in.
/// </summary>
public sealed class ServerOptions
{
    public const string Section = "Server";

    /// <summary>
    /// How many connections one client network (<see cref="ClientNetwork"/>: an IPv4 /24 or IPv6 /64) may hold
    /// open at once; 0 = no cap. The name is kept from when it counted single addresses, so existing settings
    /// (<c>Server__MaxConnectionsPerClient=0</c> behind a proxy) keep their meaning.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(0, 1_000_000, ErrorMessage = "must be from {1} (no cap) to {2}")]
    public int MaxConnectionsPerClient { get; set; } = 256;

    /// <summary>Stored pages are answered on the socket's I/O thread; all other work on the thread pool (<see cref="InlineIo"/>).</summary>
    public bool InlineIo { get; set; } = true;
}

internal static class ConnectionLimits
{
    /// <summary>Puts every connection on every endpoint Kestrel listens on through the <see cref="ConnectionGate"/>.</summary>
    public static void UseConnectionGate(this KestrelServerOptions kestrel) =>
        kestrel.ConfigureEndpointDefaults(listen => listen.Use(next =>
        {
            var gate = listen.ApplicationServices.GetRequiredService<ConnectionGate>();
            return connection => gate.OnConnectedAsync(connection, next);
        }));

    /// <summary>
    /// Marks each connection busy while it has a request in flight, so the gate closes only idle ones. First in
    /// the pipeline: it costs two interlocked operations per request. (Kestrel's request features fall back to
    /// the connection's, where the gate put the <see cref="OpenConnection"/>.)
    /// </summary>
    public static IApplicationBuilder UseConnectionActivity(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Features.Get<OpenConnection>() is not { } connection)
        {
            await next(context);
            return;
        }

        connection.RequestStarted();
        try
        {
            await next(context);
        }
        finally
        {
            connection.RequestEnded();
        }
    });
}
