using KetamineInfo.Content.Model;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using KetamineInfo.Content.Loading;
using KetamineInfo.Web.Caching;
using KetamineInfo.Web.Connections;
using KetamineInfo.Web.Feedback;
using KetamineInfo.Web.Publishing;
using KetamineInfo.Web.Routing;
using KetamineInfo.Web.Search;
using KetamineInfo.Web.Security;
using KetamineInfo.Web.Settings;
using KetamineInfo.Web.Sharing;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.WebEncoders;

namespace KetamineInfo.Web.Hosting;

internal static class WebServices
{
    /// <summary>Razor Pages with the slug route constraint, and health checks.</summary>
    public static IServiceCollection AddKetamineWeb(this IServiceCollection services)
    {
        services.AddRouting(options =>
        {
            options.ConstraintMap["slug"] = typeof(SlugRouteConstraint);
            options.LowercaseUrls = true;
        });
        // The feedback, team and changes pages answer in Spanish at their Spanish addresses: the chrome's language
        // follows the address (the pages themselves refuse a Spanish address while there is no Spanish edition).
        services.AddRazorPages(options =>
        {
            options.Conventions.AddPageRoute("/Feedback", SitePaths.SpanishFeedback.TrimStart('/'));
            options.Conventions.AddPageRoute("/EditorialTeam", SitePaths.SpanishEditorialTeam.TrimStart('/'));
            options.Conventions.AddPageRoute("/Changes", SitePaths.SpanishChanges.TrimStart('/'));
        });
        services.AddValidatedOptions<PageCacheOptions>(PageCacheOptions.Section);
        services.AddSingleton<PageStore>();
        // Write characters such as "–" and "é" as themselves, not as &#x2013; entities: smaller, readable pages.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddHealthChecks().AddCheck<ContentHealthCheck>("content", tags: ["ready"]);
        services.AddValidatedOptions<ServerOptions>(ServerOptions.Section);
        services.AddTrustedProxies();
        services.AddClientRateLimiting();
        services.AddSingleton<ConnectionReport>();
        services.AddSingleton<ConnectionGate>();
        return services;
    }

    /// <summary>
    /// The request pipeline, cheapest first: marking the connection busy (<see cref="ConnectionGate"/>), the
    /// reader's address from a named proxy (<see cref="TrustedProxies"/>), security headers (and 405), error handling, then the page cache
    /// in front of routing so a cached page costs no routing at all; then the hand-off to the thread pool
    /// (<see cref="InlineIo"/>), friendly 404 pages, routing, rate limits.
    /// </summary>
    public static WebApplication UseKetamineMiddleware(this WebApplication app)
    {
        app.UseConnectionActivity();
        app.UseTrustedProxies();
        app.UseSecurityHeaders(postPaths: [SitePaths.Feedback, SitePaths.SpanishFeedback]);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        var caching = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PageCacheOptions>>().Value;
        if (caching.Pages)
        {
            app.UseMiddleware<PageCacheMiddleware>(); // off only to measure what it buys (bench/run)
        }

        app.UseFeedbackFloodGate();
        if (InlineIo.IsEnabled(app.Configuration))
        {
            app.UseThreadPoolForUncachedWork();
        }

        app.UseStatusCodePagesWithReExecute("/not-found");
        app.Use(async (context, next) =>
        {
            await next(context);

            // Only a missing page gets the friendly 404 page; other answers without a body (416 for a Range
            // past the end of a file, 503 from a busy search) keep their own status and meaning.
            if (context.Response.StatusCode != StatusCodes.Status404NotFound
                && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }
        });
        app.UseSearchPrivacy();
        app.UseRouting();
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapKetamineEndpoints(this WebApplication app)
    {
        // Load the content now, not on the first request: a reader should never wait for it.
        app.Services.GetRequiredService<ContentStore>();
        app.Services.GetRequiredService<SearchService>();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapSiteFeeds();
        app.MapBrowserSearchIndex();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }); // the process answers
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        return app;
    }
}
