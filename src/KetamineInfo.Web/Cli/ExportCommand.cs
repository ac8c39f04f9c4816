using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Web.Caching;
using KetamineInfo.Web.Export;
using KetamineInfo.Web.Publishing;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Cli;

/// <summary>
/// <c>export OUTDIR</c>: starts the site on a private loopback port and writes every public page and file
/// as the live site serves it, byte for byte, plus redirect pages for old slugs and a static search index.
/// Content errors stop it before anything is written.
/// </summary>
internal sealed class ExportCommand : Command
{
    private const string PrivateHost = "127.0.0.1";

    private readonly Argument<string> _outDir = new("OUTDIR")
    {
        Description = "The folder to write: a new or empty one, or an earlier export, which it replaces.",
    };

    public ExportCommand()
        : base("export", "Writes every public page, byte for byte as the live site serves it, with its assets, into OUTDIR. "
            + "Needs Site:BaseUrl, the public address, for canonical links, the sitemap and the feed "
            + "(--Site:BaseUrl=https://example.org). Any content error stops it before anything is written.")
    {
        Add(_outDir);
    }

    public static void ConfigureHost(WebApplicationBuilder builder)
    {
        builder.WebHost.UseUrls($"http://{PrivateHost}:0");

        // Serilog reads its levels from configuration, so quiet logs are said in its keys.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Warning",
        });

        // The exporter asks its private server by loopback address; a production AllowedHosts (README) names
        // only the public host, so host filtering would answer every such request 400. The exact loopback
        // name is added, nothing is widened for anyone else (the server listens on loopback alone). This runs
        // after the host's own defaults, which fill AllowedHosts from configuration.
        builder.Services.PostConfigure<HostFilteringOptions>(options =>
        {
            if (!options.AllowedHosts.Contains("*"))
            {
                options.AllowedHosts = [.. options.AllowedHosts, PrivateHost];
            }
        });

        // One snapshot, as readers get it: no reloads mid-export, never a draft.
        builder.Services.PostConfigure<ContentOptions>(options =>
        {
            options.Watch = false;
            options.ShowDrafts = false;
        });

        // A static copy has no server to take feedback: its pages have no form, unless Feedback:Endpoint
        // names a live site's /feedback to post to (which must list the copy's origin in Feedback:AllowedOrigins).
        builder.Services.PostConfigure<Feedback.FeedbackOptions>(options => options.Form = !string.IsNullOrWhiteSpace(options.Endpoint));
    }

    /// <summary>
    /// Every file in wwwroot, from the static-asset manifest the site itself serves from (each route once,
    /// not its compressed variants): the export needs no guessing over HTML to find them.
    /// </summary>
    private static List<string> StaticAssetRoutes(IEndpointRouteBuilder app) =>
        [.. app.DataSources.SelectMany(source => source.Endpoints)
            .Select(endpoint => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>())
            .OfType<StaticAssetDescriptor>()
            .Where(asset => asset.Selectors.Count == 0)
            .Select(asset => "/" + asset.Route.TrimStart('/'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    public Task<int> RunAsync(ParseResult parsed, WebApplication app) =>
        RunAsync(app, parsed.GetRequiredValue(_outDir), parsed.InvocationConfiguration.Output);

    private static async Task<int> RunAsync(WebApplication app, string outDirPath, TextWriter output)
    {
        var site = app.Services.GetRequiredService<PublishedSites>().Current;
        var errors = site.Snapshot.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            errors.ForEach(output.WriteLine);
            output.WriteLine($"export stopped: {errors.Count} content errors (run `check`); nothing was written");
            return 1;
        }

        var baseUrl = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.BaseUrl;
        if (string.IsNullOrWhiteSpace(baseUrl) || !Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
        {
            output.WriteLine("export stopped: set Site:BaseUrl (Site__BaseUrl) to the public address, e.g. https://ketamine.example.org, so canonical links, the sitemap and the feed point at the real site");
            return 1;
        }

        OutputFolder outDir;
        try
        {
            outDir = OutputFolder.Open(outDirPath);
        }
        catch (Exception ex) when (ex is ExportException or IOException or UnauthorizedAccessException)
        {
            output.WriteLine(TerminalText.Escape($"export stopped: {ex.Message}"));
            return 1;
        }

        var clock = Stopwatch.StartNew();
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            var exporter = new SiteExporter(client, site, baseUrl, outDir, output, StaticAssetRoutes(app), app.Services.GetRequiredService<PageStore>().FindCurrent);
            var summary = await exporter.ExportAsync();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"exported {summary.Pages} pages and {summary.Files} files ({summary.Bytes / 1024.0:0.0} KB, with .br/.gz copies, those of {summary.FromPageCache} pages taken from the page cache) to {TerminalText.Escape(outDir.FullPath)} in {clock.ElapsedMilliseconds} ms"));
            return 0;
        }
        catch (Exception ex) when (ex is ExportException or IOException or UnauthorizedAccessException)
        {
            // One line for the person running it (a full disk, a read-only folder), not a stack trace.
            output.WriteLine(TerminalText.Escape($"export failed: {ex.Message}"));
            return 1;
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
