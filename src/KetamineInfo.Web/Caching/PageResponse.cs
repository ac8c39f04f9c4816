using Microsoft.Net.Http.Headers;

namespace KetamineInfo.Web.Caching;

/// <summary>
/// Answers a request from a stored page: picks the Brotli, gzip or plain bytes the reader accepts, then that
/// form's validator and caching headers, 304 when the reader already has those bytes, else the bytes (no body for HEAD).
/// </summary>
internal static class PageResponse
{
    public static Task WriteAsync(HttpContext context, RenderedPage page)
    {
        var response = context.Response;
        var headers = response.Headers;
        var (body, encoding) = ContentCoding.Choose(context.Request.Headers.AcceptEncoding) switch
        {
            "br" => (page.Brotli, "br"),
            "gzip" => (page.Gzip, "gzip"),
            _ => (page.Identity, (string?)null),
        };

        // The validator of the form this reader gets: 304 only when they hold these very bytes.
        var etag = page.ETagFor(encoding);
        headers.ETag = etag;
        headers.CacheControl = PageCacheMiddleware.CacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
        response.ContentType = page.ContentType;
        if (Matches(context.Request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    // If-None-Match uses the weak comparison (RFC 9110, 13.1.2): W/"x" matches "x".
    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag) =>
        ifNoneMatch.Any(value => value is not null && value.Split(',').Select(t => t.Trim()).Any(tag =>
            tag == "*" || tag == etag || (tag.StartsWith("W/", StringComparison.Ordinal) && tag[2..] == etag)));
}
