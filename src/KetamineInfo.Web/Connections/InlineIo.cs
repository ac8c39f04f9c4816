using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;

namespace KetamineInfo.Web.Connections;

/// <summary>
/// Answers cache hits on the socket's own I/O thread (<c>Server:InlineIo</c>, on by default). A stored page
/// costs microseconds, and handing each one from the I/O thread to the thread pool and back cost more than
/// the answer: on the 2-core bench machine a cached article went from 27-29k to 37-38k requests per second,
/// for a p99 of about 10 ms instead of 4 ms at 32 connections (docs/benchmarks.md). Everything else (a page
/// not yet stored, search, feedback, static files, errors) is handed to the thread pool by
/// <see cref="UseThreadPoolForUncachedWork"/>, right after the page cache, so no render or search ever holds
/// an I/O thread that other readers' connections share.
/// </summary>
internal static class InlineIo
{
    public const string Setting = $"{ServerOptions.Section}:{nameof(ServerOptions.InlineIo)}";

    // Read once by the runtime when the first socket opens, so it must be set before the server starts.
    private const string InlineCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue(Setting, new ServerOptions().InlineIo);

    public static void UseInlineIo(this IWebHostBuilder webHost, IConfiguration configuration)
    {
        if (!IsEnabled(configuration))
        {
            return;
        }

        // An operator's own choice in the environment wins.
        if (Environment.GetEnvironmentVariable(InlineCompletions) is null)
        {
            Environment.SetEnvironmentVariable(InlineCompletions, "1");
        }

        webHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true);
    }

    /// <summary>Continues the request on the thread pool: everything after the page cache may be slow.</summary>
    public static IApplicationBuilder UseThreadPoolForUncachedWork(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await Task.Yield();
        await next(context);
    });
}
