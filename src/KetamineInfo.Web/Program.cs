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
    var command = AppCommand.Parse(args);
    if (command.WantsHelp)
    {
        Console.Out.Write(command.HelpText);
        return 0;
    }

    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = command.HostArgs,
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
    if (command.Is(AppCommand.Export))
    {
        ExportCommand.ConfigureHost(builder); // a private loopback port, quiet logs
    }

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

    // Disposed on every path, commands included, so the batched log is written out before the process ends.
    await using var app = builder.Build();
    if (command.Is(AppCommand.Check))
    {
        return CheckCommand.Run(app.Services, command, Console.Out);
    }

    if (command.Is(AppCommand.SignOff))
    {
        return SignOffCommand.Run(app.Services, command, Console.Out);
    }

    if (command.Is(AppCommand.Feedback))
    {
        return await FeedbackCommand.RunAsync(app.Services, command, Console.Out);
    }

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
    if (command.Is(AppCommand.Export))
    {
        return await ExportCommand.RunAsync(app, command.Arguments, Console.Out);
    }

    await app.RunAsync();
    return 0;
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

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
