using System.Globalization;
using KetamineInfo.Web.Cli;
using KetamineInfo.Web.Hosting;
using KetamineInfo.Web.Search;
using Serilog;
using Serilog.Formatting.Compact;

Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateBootstrapLogger();
try
{
    var command = AppCommand.Parse(args);
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = command.HostArgs,
        ContentRootPath = AppContext.BaseDirectory,
    });
    builder.WebHost.UseStaticWebAssets();
    builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

    var production = builder.Environment.IsProduction();
    builder.Services.AddSerilog(
        (services, logging) => logging
            .ReadFrom.Configuration(builder.Configuration)
            .WriteTo.Async(sink => _ = production ? sink.Console(new RenderedCompactJsonFormatter()) : sink.Console(formatProvider: CultureInfo.InvariantCulture)),
        preserveStaticLogger: true);

    builder.Services.AddKetamineContent();
    builder.Services.AddKetamineWeb();
    builder.Services.AddKetamineSearch();

    var app = builder.Build();
    if (command.Name is not null)
    {
        return command.Run(app.Services, Console.Out);
    }

    app.UseSerilogRequestLogging(); // method, path (never the query string), status, elapsed
    app.UseKetamineMiddleware();
    app.MapKetamineEndpoints();
    await app.RunAsync();
    return 0;
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
