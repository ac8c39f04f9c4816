using System.Collections.Concurrent;
using KetamineInfo.Content.Loading;
using Microsoft.Net.Http.Headers;

namespace KetamineInfo.Web.Caching;

/// <summary>
/// Serves each public page from bytes rendered once per content snapshot. The first GET of a path renders
/// it through the normal Razor pipeline; later requests get the stored bytes (Brotli, gzip or plain, as the
/// client accepts), with a strong ETag and 304 Not Modified. A new snapshot starts an empty cache.
/// Searches, diagnostics and health answers are never cached; neither is anything but a 200.
/// </summary>
internal sealed class PageCacheMiddleware(RequestDelegate next, ContentStore store)
{
    public const string CacheControl = "public, max-age=60, must-revalidate";

    // Pages hold absolute links built from the request's origin when Site:BaseUrl is not set, so the origin is
    // part of the key: a forged Host header can only ever see its own copy. The cap bounds what forged hosts
    // can make the cache hold; beyond it pages are still served, just rendered each time.
    private const int MaxEntries = 4096;

    private static readonly string[] Uncached = ["/search", "/_content", "/healthz", "/readyz", "/error", "/not-found"];
    private static readonly string[] CachedTypes = ["text/html", "application/xml", "application/atom+xml", "text/plain"];

    private Generation _generation = new(0);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!(isGet || HttpMethods.IsHead(request.Method)) || request.QueryString.HasValue || !IsCacheable(request.Path))
        {
            await next(context);
            return;
        }

        var generation = CurrentGeneration();
        var key = $"{request.Scheme}://{request.Host}{request.Path}";
        if (generation.Pages.TryGetValue(key, out var page))
        {
            await ServeAsync(context, page);
            return;
        }

        if (!isGet)
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        var contentType = response.ContentType ?? string.Empty;
        if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.ContentEncoding)
            && CachedTypes.Any(t => contentType.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
        {
            page = RenderedPage.Create(contentType, buffer.ToArray());
            if (generation.Pages.Count < MaxEntries)
            {
                generation.Pages.TryAdd(key, page);
            }

            await ServeAsync(context, page);
            return;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static bool IsCacheable(PathString path) =>
        !Uncached.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    private Generation CurrentGeneration()
    {
        var version = store.Current.Version;
        var generation = Volatile.Read(ref _generation);
        if (generation.Version == version)
        {
            return generation;
        }

        var fresh = new Generation(version);
        var seen = Interlocked.CompareExchange(ref _generation, fresh, generation);
        return ReferenceEquals(seen, generation) ? fresh : seen;
    }

    private static Task ServeAsync(HttpContext context, RenderedPage page)
    {
        var response = context.Response;
        var headers = response.Headers;
        headers.ETag = page.ETag;
        headers.CacheControl = CacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
        response.ContentType = page.ContentType;
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(tag => tag.Trim() == page.ETag || tag.Trim() == "*")))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        var (body, encoding) = ContentCoding.Choose(context.Request.Headers.AcceptEncoding) switch
        {
            "br" => (page.Brotli, "br"),
            "gzip" => (page.Gzip, "gzip"),
            _ => (page.Identity, null),
        };
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<string, RenderedPage> Pages { get; } = new(StringComparer.Ordinal);
    }
}
