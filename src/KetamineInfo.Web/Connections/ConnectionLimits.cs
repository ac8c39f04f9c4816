using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace KetamineInfo.Web.Connections;

/// <summary>Wires <see cref="ConnectionGate"/> into Kestrel and marks each connection busy while a request is on it.</summary>
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
