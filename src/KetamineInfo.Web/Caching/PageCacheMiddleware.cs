using System.Collections.Concurrent;
using KetamineInfo.Web.Publishing;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KetamineInfo.Web.Caching;

/// <summary>
/// Serves each public page from bytes rendered once per content snapshot. The first GET (or HEAD) of a page
/// renders it through the normal Razor pipeline; later requests get the stored bytes (Brotli, gzip or plain,
/// as the client accepts), each form with its own strong ETag, and 304 Not Modified. A new snapshot, or a new day, starts an empty cache.
/// What may be cached is listed, not excluded: only a route of the <see cref="PublishedSite"/> whose
/// <see cref="PublicRoute.Cache"/> is <see cref="CachePolicy.Shared"/>, so a new private page (diagnostics,
/// health, the search form) can never be cached by accident.
/// <para>
/// What a request can add to the cache is bounded by the site, not by the request: only the canonical path
/// of a public page is ever a key (case and trailing-slash variants are sent there with a 301), the origin is
/// part of the key only when <c>Site:BaseUrl</c> is not set and then only for a host that host filtering vouches for
/// (or a loopback name, when it lets any host through), and the cache
/// holds at most <see cref="PageCacheOptions.MaxBytes"/> (<see cref="PageStore"/>).
/// </para>
/// </summary>
internal sealed class PageCacheMiddleware
{
    public const string CacheControl = "public, max-age=60, must-revalidate";

    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];

    private static readonly string[] CachedTypes = ["text/html", "application/xml", "application/atom+xml", "text/plain", "application/json"];

    private readonly RequestDelegate _next;
    private readonly PublishedSites _sites;
    private readonly SiteOptions _site;
    private readonly bool _hostsFiltered;
    private readonly PageStore _pages;
    private readonly ConcurrentDictionary<(long Generation, string Url), Task<RenderedPage?>> _rendering = new();
    private readonly TimeProvider _clock;
    private Generation? _generation;
    private long _generations;

    public PageCacheMiddleware(RequestDelegate next, PublishedSites sites, PageStore pages, TimeProvider clock, IOptions<SiteOptions> site, IOptions<HostFilteringOptions> hostFiltering)
    {
        _clock = clock;
        _next = next;
        _sites = sites;
        _pages = pages;
        _site = site.Value;
        // The host's defaults fill these from AllowedHosts; "*" anywhere lets every host through.
        _hostsFiltered = !hostFiltering.Value.AllowedHosts.Contains("*");
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var isHead = HttpMethods.IsHead(request.Method);
        if (!(isHead || HttpMethods.IsGet(request.Method)) || request.QueryString.HasValue)
        {
            await _next(context);
            return;
        }

        var generation = CurrentGeneration();
        var path = request.Path.Value ?? "/";
        if (generation.Site.Route(path) is not { } route)
        {
            if (generation.Site.CanonicalFor(path) is { } canonical)
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = canonical;
                return;
            }

            await _next(context);
            return;
        }

        if (route.Cache != CachePolicy.Shared)
        {
            await _next(context);
            return;
        }

        if (OriginKey(context) is not { } origin)
        {
            // An origin we cannot vouch for still gets its page, built for it, but never stored.
            await _next(context);
            return;
        }

        var url = origin + path;
        if (_pages.Find(generation.Id, url) is { } page)
        {
            await PageResponse.WriteAsync(context, page);
            return;
        }

        // Many readers asking for the same uncached page at once (a link shared widely, the first minute after
        // an edit) wait for one render instead of each doing it.
        var key = (generation.Id, url);
        var leader = new TaskCompletionSource<RenderedPage?>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_rendering.TryAdd(key, leader.Task) && _rendering.TryGetValue(key, out var pending)
            && await pending.WaitAsync(context.RequestAborted) is { } shared)
        {
            await PageResponse.WriteAsync(context, shared);
            return;
        }

        page = null;
        try
        {
            var (status, contentType, body) = await RenderAsync(context);
            if (status == StatusCodes.Status200OK && !context.Response.Headers.ContainsKey(HeaderNames.ContentEncoding)
                && CachedTypes.Any(t => contentType.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
            {
                page = RenderedPage.Create(contentType, body);
                _pages.Add(generation.Id, url, page);
                await PageResponse.WriteAsync(context, page);
            }
            else if (!isHead)
            {
                await context.Response.Body.WriteAsync(body, context.RequestAborted);
            }
        }
        finally
        {
            // Waiting readers get the page, or render for themselves when it could not be stored.
            if (_rendering.TryRemove(new KeyValuePair<(long, string), Task<RenderedPage?>>(key, leader.Task)))
            {
                leader.SetResult(page);
            }
        }
    }

    /// <summary>Renders the page as a GET, into memory. A HEAD is rendered the same way, so it gets the same headers.</summary>
    private async Task<(int Status, string ContentType, byte[] Body)> RenderAsync(HttpContext context)
    {
        var request = context.Request;
        var (method, original) = (request.Method, context.Response.Body);
        using var buffer = new MemoryStream();
        request.Method = HttpMethods.Get;
        context.Response.Body = buffer;
        try
        {
            await _next(context);
        }
        finally
        {
            request.Method = method;
            context.Response.Body = original;
        }

        return (context.Response.StatusCode, context.Response.ContentType ?? string.Empty, buffer.ToArray());
    }

    /// <summary>
    /// "" when Site:BaseUrl fixes every absolute link, so pages do not depend on the request at all; else the
    /// request's origin if its host is vouched for and its port is the one it was reached on; else null.
    /// </summary>
    private string? OriginKey(HttpContext context)
    {
        if (!string.IsNullOrWhiteSpace(_site.BaseUrl))
        {
            return string.Empty;
        }

        var host = context.Request.Host;
        var portMatches = host.Port is null || host.Port == context.Connection.LocalPort;
        return host.HasValue && portMatches && IsVouchedFor(host.Host)
            ? $"{context.Request.Scheme}://{host.Value.ToLowerInvariant()}"
            : null;
    }

    /// <summary>
    /// With an AllowedHosts list, host filtering has already answered any other host 400 before this runs, so a
    /// host that gets here is one the site answers to. With "*" (the default) any host gets here, and anyone can
    /// invent one per request: then only a loopback name is stored for (the local preview), never a made-up host.
    /// </summary>
    private bool IsVouchedFor(string host) =>
        _hostsFiltered || LoopbackNames.Contains(host, StringComparer.OrdinalIgnoreCase);

    // A generation is one content snapshot on one calendar day: pages show dates ("due for review"), so a
    // new day starts a fresh cache just as a content change does.
    private Generation CurrentGeneration()
    {
        var site = _sites.Current;
        var version = site.Snapshot.Version;
        var day = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        var generation = Volatile.Read(ref _generation);
        if (generation is not null && generation.Version == version && generation.Day == day)
        {
            return generation;
        }

        var fresh = new Generation(Interlocked.Increment(ref _generations), version, day, site);
        var seen = Interlocked.CompareExchange(ref _generation, fresh, generation);
        if (!ReferenceEquals(seen, generation))
        {
            return seen!;
        }

        _pages.StartGeneration(fresh.Id);
        return fresh;
    }

    private sealed record Generation(long Id, long Version, DateOnly Day, PublishedSite Site);
}
