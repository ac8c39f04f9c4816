using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Web.Caching;
using KetamineInfo.Web.Publishing;

namespace KetamineInfo.Web.Export;

/// <summary>
/// Fetches every route of the published site and every static asset from the running site, exactly as readers
/// get them, several at a time, and writes them into a staging folder, whose files move into the output folder
/// only when everything succeeded (no half-valid site). The .br and .gz files are the live site's own bytes: a
/// page's are taken from the page cache that has just answered the plain request (when its stored plain bytes
/// are exactly the ones received), anything else is fetched again as Brotli and as gzip (precompressed assets);
/// only what the site does not compress (the 404 and search pages, redirect pages) is compressed here.
/// </summary>
internal sealed class SiteExporter(HttpClient client, PublishedSite site, string baseUrl, OutputFolder outDir, TextWriter output, IReadOnlyList<string> assets, Func<string, RenderedPage?> storedPage)
{
    private static readonly string[] Compressible = [".html", ".xml", ".txt", ".css", ".js", ".json", ".svg"];

    private readonly string _base = baseUrl.TrimEnd('/');
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private string _staging = string.Empty;
    private long _bytes;
    private int _done;
    private int _fromPageCache;
    private int _total;

    public async Task<ExportSummary> ExportAsync()
    {
        _staging = outDir.CreateStaging();
        try
        {
            var pages = site.Routes.Select(r => new ExportItem(r.Path, ExportedFiles.FileFor(r.Path), HttpStatusCode.OK))
                .Append(new ExportItem("/__export__/not-found", "404.html", HttpStatusCode.NotFound))
                .ToList();
            var files = pages.Select(p => p.File).ToHashSet(StringComparer.Ordinal);
            var all = pages.Concat(assets.Where(a => !files.Contains(ExportedFiles.FileFor(a))).Select(a => new ExportItem(a, ExportedFiles.FileFor(a), HttpStatusCode.OK))).ToList();
            _total = all.Count;

            // Two requests in flight per core keep the site busy while the other waits on the disk.
            await Parallel.ForEachAsync(all, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2 },
                async (item, cancellationToken) => await ExportAsync(item.Path, item.File, item.Expected, cancellationToken));

            WriteRedirects();
            foreach (var kept in outDir.Replace(_staging))
            {
                output.WriteLine(TerminalText.Escape($"  kept {kept}: the last export wrote it, but it has changed since"));
            }

            return new ExportSummary(pages.Count, _written.Count, _bytes, _fromPageCache);
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

    private async Task ExportAsync(string path, string file, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        var body = (await FetchAsync(path, expected, null, cancellationToken))!;
        Write(file, body);
        if (IsCompressible(file) && storedPage(path) is { } page && page.Identity.AsSpan().SequenceEqual(body))
        {
            // One request instead of three: at 1,000 articles the export phase took 1.95-2.04 s instead of 2.13-2.16 s.
            WriteRaw(file + ".br", page.Brotli);
            WriteRaw(file + ".gz", page.Gzip);
            Interlocked.Increment(ref _fromPageCache);
        }
        else if (IsCompressible(file))
        {
            WriteRaw(file + ".br", await FetchAsync(path, expected, "br", cancellationToken) ?? RenderedPage.BrotliOf(body));
            WriteRaw(file + ".gz", await FetchAsync(path, expected, "gzip", cancellationToken) ?? RenderedPage.GzipOf(body));
        }

        Progress();
    }

    /// <summary>The body as sent in <paramref name="encoding"/>, or (for an encoding) null when the site sent it unencoded.</summary>
    private async Task<byte[]?> FetchAsync(string path, HttpStatusCode expected, string? encoding, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        }

        using var response = await client.SendAsync(request, cancellationToken);
        if (response.StatusCode != expected)
        {
            throw new ExportException($"{path} answered {(int)response.StatusCode}, expected {(int)expected}");
        }

        if (encoding is not null && !response.Content.Headers.ContentEncoding.Contains(encoding, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    private void Progress()
    {
        var done = Interlocked.Increment(ref _done);
        var step = Math.Max(100, _total / 10);
        if (done % step == 0)
        {
            lock (_lock)
            {
                output.WriteLine(CultureInvariant($"  {done:N0} of {_total:N0} addresses written"));
            }
        }
    }

    /// <summary>Old slugs: a page that redirects (meta refresh, canonical link) and a line in _redirects.</summary>
    private void WriteRedirects()
    {
        var lines = new StringBuilder();
        foreach (var (from, target) in site.Redirects)
        {
            var title = WebUtility.HtmlEncode(site.Route(target)!.Title);
            var file = ExportedFiles.FileFor(from);
            var page = Encoding.UTF8.GetBytes(
                $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Moved: {title}</title>\n" +
                $"<link rel=\"canonical\" href=\"{_base}{target}\">\n<meta http-equiv=\"refresh\" content=\"0; url={target}\">\n" +
                $"<meta name=\"robots\" content=\"noindex\">\n</head>\n<body>\n<p>This page has moved to <a href=\"{target}\">{title}</a>.</p>\n</body>\n</html>\n");
            Write(file, page);
            WriteRaw(file + ".br", RenderedPage.BrotliOf(page));
            WriteRaw(file + ".gz", RenderedPage.GzipOf(page));
            lines.Append(CultureInvariant($"{from} {target} 301\n"));
        }

        Write("_redirects", Encoding.UTF8.GetBytes(lines.ToString()));
    }

    /// <summary>A file the export records in its manifest.</summary>
    private void Write(string relative, byte[] body)
    {
        // Also keeps a hostile link ("/../x.css") inside the staging folder.
        if (!ExportManifest.IsExportPath(relative))
        {
            throw new ExportException($"{relative} is not a path the export can write and record in its manifest");
        }

        WriteRaw(relative, body);
        lock (_lock)
        {
            _written.Add(relative);
        }
    }

    private void WriteRaw(string relative, byte[] body)
    {
        var full = Path.Combine(_staging, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, body);
        Interlocked.Add(ref _bytes, body.Length);
    }

    private static bool IsCompressible(string file) => Compressible.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase);

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>One address to fetch, the file it becomes, and the status it must answer with.</summary>
    private sealed record ExportItem(string Path, string File, HttpStatusCode Expected);
}
