namespace KetamineInfo.Web.Security;

/// <summary>
/// Headers on every response. The CSP forbids inline script and style and every third party. The site is
/// read-only but for the paths named as taking posts (the feedback form): any method but GET and HEAD is
/// answered 405 before it reaches a page, except a POST to one of those.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'; manifest-src 'self'";

    // A text site needs none of these powerful features; deny them all, including ad-tech interest APIs.
    public const string PermissionsPolicy =
        "accelerometer=(), ambient-light-sensor=(), autoplay=(), battery=(), bluetooth=(), browsing-topics=(), camera=(), " +
        "display-capture=(), document-domain=(), encrypted-media=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), " +
        "interest-cohort=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), serial=(), " +
        "usb=(), xr-spatial-tracking=()";

    /// <param name="postPaths">The only paths that take a POST.</param>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, params string[] postPaths) => app.Use(async (context, next) =>
    {
        // Written as the response starts, not now: the exception handler (and the developer page) clear every
        // header before they answer 500, and an error page is still a page that must not be framed or sniffed.
        context.Response.OnStarting(static state => AddTo((HttpResponse)state), context.Response);

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            var takesPosts = postPaths.Any(path => context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase));
            if (!(takesPosts && HttpMethods.IsPost(context.Request.Method)))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = takesPosts ? "GET, HEAD, POST" : "GET, HEAD";
                return;
            }
        }

        await next(context);
    });

    private static Task AddTo(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        // Other sites never learn which page a reader came from; this site's own feedback POST keeps its
        // Origin header (under no-referrer, browsers send "Origin: null"), which is how it refuses forged posts.
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
        return Task.CompletedTask;
    }
}
