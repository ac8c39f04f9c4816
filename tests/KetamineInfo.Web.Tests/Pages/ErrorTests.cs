using System.Net;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KetamineInfo.Web.Tests.Pages;

public sealed class ErrorTests
{
    private const string Secret = "SECRET-DETAIL-4711";

    [Fact]
    public async Task UnhandledException_InProduction_ShowsFriendlyPageWithoutDetails()
    {
        using var factory = new ThrowingSiteFactory("Production");

        using var response = await factory.CreateClient().GetAsync(new Uri("/boom/now", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
        Assert.DoesNotContain("at KetamineInfo", body, StringComparison.Ordinal);
        Assert.Contains("tel:988", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnhandledException_TheFiveHundredKeepsTheSecurityHeaders()
    {
        // The exception handler clears the response before it renders /error; the headers must survive that.
        using var factory = new ThrowingSiteFactory("Production");

        using var response = await factory.CreateClient().GetAsync(new Uri("/boom/now", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content)
        : throw new Xunit.Sdk.XunitException($"missing header {name}");

    /// <summary>Adds a /boom route that throws, after the app's own pipeline (so its error handling applies).</summary>
    private sealed class ThrowingSiteFactory(string environment) : SiteFactory(FixtureContentPath, environment)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ThrowAfterPipeline>());
        }
    }

    private sealed class ThrowAfterPipeline : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate _) =>
                context.Request.Path == "/boom/now" ? throw new InvalidOperationException(Secret) : Task.CompletedTask);
        };
    }
}
