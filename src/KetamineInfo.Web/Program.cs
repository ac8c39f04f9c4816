using System.Globalization;
using KetamineInfo.Web.Cli;
using KetamineInfo.Web.Connections;
using KetamineInfo.Web.Feedback;
using KetamineInfo.Web.Hosting;
using KetamineInfo.Web.Logging;
using KetamineInfo.Web.Publishing;
using KetamineInfo.Web.Search;
using KetamineInfo.Web.Settings;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateBootstrapLogger();
try
{
    // No command serves the site; help, and refusals of wrong arguments, never build it.
    return await AppCommandLine.InvokeAsync(args, new SiteHost(BuildSite, UseSite));
}
catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    // One line a person can act on, not a stack trace.
    Console.Error.WriteLine($"The site could not start: {ex.Message} Stop the other server, or choose another address with --urls http://127.0.0.1:5081");
    return 1;
}
catch (Exception ex) when (ValidatedOptions.Refusals(ex) is { Count: > 0 } refused)
{
    // Before the port opens: each refused key, the value given and what is allowed, not a stack trace.
    Console.Error.WriteLine(ValidatedOptions.Describe(refused));
    return 1;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The site stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

// The host, from the settings the command line gave it; a command may change the builder first (export's private port).
static WebApplication BuildSite(string[] hostArgs, Action<WebApplicationBuilder> configure)
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = hostArgs,
        ContentRootPath = AppContext.BaseDirectory,
    });
    builder.WebHost.UseStaticWebAssets();
    builder.WebHost.UseInlineIo(builder.Configuration);
    builder.WebHost.ConfigureKestrel((context, kestrel) =>
    {
        kestrel.AddServerHeader = false;
        // Limits for a public site (appsettings.json, README "Security"); overridable as Kestrel__Limits__*.
        context.Configuration.GetSection("Kestrel:Limits").Bind(kestrel.Limits);
        kestrel.UseConnectionGate(); // a share per client network; idle connections make way near the total
    });
    configure(builder);

    var production = builder.Environment.IsProduction();
    builder.Services.AddSerilog(
        (services, logging) =>
        {
            logging.ReadFrom.Configuration(builder.Configuration);
            _ = production
                ? logging.WriteTo.Sink(new StandardOutputSink(ProductionLogFormat.Create()), StandardOutputSink.Batching)
                : logging.WriteTo.Async(sink => sink.Console(formatProvider: CultureInfo.InvariantCulture));
        },
        preserveStaticLogger: true);

    builder.Services.AddKetamineContent();
    builder.Services.AddKetamineWeb();
    builder.Services.AddKetamineSearch();
    builder.Services.AddKetamineFeedback(builder.Configuration);

    // Each command disposes what this returns on every path, so the batched log is written out before the process ends.
    return builder.Build();
}

// The request pipeline, for serving and export.
static void UseSite(WebApplication app)
{
    // Method, path (never the query string), status and time, through the configured (async, JSON in
    // Production) logger rather than the static bootstrap one, which this host leaves in place for tests.
    app.UseSerilogRequestLogging(options =>
    {
        options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
        options.MessageTemplate = ProductionLogFormat.RequestMessage;
        options.GetLevel = RequestLogLevel.Of;
    });
    app.UseKetamineMiddleware();
    app.MapKetamineEndpoints();
}

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
