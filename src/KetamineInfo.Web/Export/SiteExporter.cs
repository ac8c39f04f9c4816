using System.IO.Compression;
using System.Net;
using System.Text;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Web.Publishing;

namespace KetamineInfo.Web.Export;

/// <summary>
/// Fetches every route of the published site from the running site, exactly as readers get it, and writes
/// it into a staging folder, whose files move into the output folder only when everything succeeded (no
/// half-valid site).
/// </summary>
internal sealed class SiteExporter(HttpClient client, PublishedSite site, string baseUrl, OutputFolder outDir, TextWriter output, IReadOnlyList<string> assets)
{
    private static readonly string[] Compressible = [".html", ".xml", ".txt", ".css", ".js", ".json", ".svg"];

    private readonly string _base = baseUrl.TrimEnd('/');
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private string _staging = string.Empty;
    private long _bytes;

    public async Task<ExportSummary> ExportAsync()
    {
        _staging = outDir.CreateStaging();
        try
        {
            foreach (var route in site.Routes)
            {
                await ExportAsync(route.Path, HttpStatusCode.OK);
            }

            await ExportAsync("/__export__/not-found", HttpStatusCode.NotFound, file: "404.html");
            foreach (var asset in assets.Where(a => !_written.Contains(SitePaths.FileFor(a))))
            {
                await ExportAsync(asset, HttpStatusCode.OK);
            }

            WriteRedirects();
            foreach (var kept in outDir.Replace(_staging))
            {
                output.WriteLine(TerminalText.Escape($"  kept {kept}: the last export wrote it, but it has changed since"));
            }

            return new ExportSummary(site.Routes.Count + 1, _written.Count, _bytes);
        }
        catch
        {
            if (Directory.Exists(_staging))
            {
                Directory.Delete(_staging, recursive: true);
            }

            throw;
        }
    }

    private async Task ExportAsync(string path, HttpStatusCode expected, string? file = null)
    {
        using var response = await client.GetAsync(path);
        if (response.StatusCode != expected)
        {
            throw new ExportException($"{path} answered {(int)response.StatusCode}, expected {(int)expected}");
        }

        Write(file ?? SitePaths.FileFor(path), await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>Old slugs: a page that redirects (meta refresh, canonical link) and a line in _redirects.</summary>
    private void WriteRedirects()
    {
        var lines = new StringBuilder();
        foreach (var (from, target) in site.Redirects)
        {
            var title = WebUtility.HtmlEncode(site.Route(target)!.Title);
            Write(SitePaths.FileFor(from), Encoding.UTF8.GetBytes(
                $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Moved: {title}</title>\n" +
                $"<link rel=\"canonical\" href=\"{_base}{target}\">\n<meta http-equiv=\"refresh\" content=\"0; url={target}\">\n" +
                $"<meta name=\"robots\" content=\"noindex\">\n</head>\n<body>\n<p>This page has moved to <a href=\"{target}\">{title}</a>.</p>\n</body>\n</html>\n"));
            lines.Append(CultureInvariant($"{from} {target} 301\n"));
        }

        Write("_redirects", Encoding.UTF8.GetBytes(lines.ToString()), compress: false);
    }

    private void Write(string relative, byte[] body, bool compress = true)
    {
        // Also keeps a hostile link ("/../x.css") inside the staging folder.
        if (!ExportManifest.IsExportPath(relative))
        {
            throw new ExportException($"{relative} is not a path the export can write and record in its manifest");
        }

        var full = Path.Combine(_staging, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, body);
        _written.Add(relative);
        _bytes += body.Length;
        output.WriteLine(TerminalText.Escape(CultureInvariant($"  {relative} ({body.Length / 1024.0:0.0} KB)")));
        if (compress && Compressible.Contains(Path.GetExtension(relative), StringComparer.OrdinalIgnoreCase))
        {
            WriteCompressed(full + ".br", body, s => new BrotliStream(s, CompressionLevel.SmallestSize));
            WriteCompressed(full + ".gz", body, s => new GZipStream(s, CompressionLevel.SmallestSize));
        }
    }

    private void WriteCompressed(string path, byte[] body, Func<Stream, Stream> encoder)
    {
        using (var file = File.Create(path))
        using (var stream = encoder(file))
        {
            stream.Write(body);
        }

        _bytes += new FileInfo(path).Length;
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
