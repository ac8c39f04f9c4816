using System.Net;
using KetamineInfo.Web.Settings;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Connections;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> names the reader (section <c>ForwardedHeaders</c>): their
/// word decides whose connection and rate limits a request counts against. Anyone else's X-Forwarded-For is
/// ignored, so a client cannot pick a fresh limit per request by forging one. Empty (the default) trusts
/// no one, and also disarms <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c>, which would trust every client.
/// </summary>
public sealed class TrustedProxyOptions : System.ComponentModel.DataAnnotations.IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Proxy addresses, like <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR form, like <c>10.0.0.0/24</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public bool Any => KnownProxies.Count + KnownNetworks.Count > 0;

    public IEnumerable<System.ComponentModel.DataAnnotations.ValidationResult> Validate(System.ComponentModel.DataAnnotations.ValidationContext validationContext)
    {
        if (KnownProxies.FirstOrDefault(p => !IPAddress.TryParse(p, out _)) is { } proxy)
        {
            yield return new($"'{proxy}' is not an IP address, like 10.0.0.5", [nameof(KnownProxies)]);
        }

        if (KnownNetworks.FirstOrDefault(n => !System.Net.IPNetwork.TryParse(n, out _)) is { } network)
        {
            yield return new($"'{network}' is not a network in CIDR form, like 10.0.0.0/24", [nameof(KnownNetworks)]);
        }
    }
}

internal static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddValidatedOptions<TrustedProxyOptions>(TrustedProxyOptions.Section);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxyOptions>>((forwarded, trusted) =>
        {
            // The framework's defaults trust loopback, and empty lists would trust everyone: say exactly who.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            trusted.Value.KnownProxies.ForEach(p => forwarded.KnownProxies.Add(IPAddress.Parse(p)));
            trusted.Value.KnownNetworks.ForEach(n => forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(n)));
            forwarded.ForwardedHeaders = trusted.Value.Any ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
            forwarded.ForwardLimit = null; // a chain of named proxies (CDN, then nginx) is walked to the first address not named
        });
        return services;
    }

    /// <summary>Takes the reader's address from a named proxy's X-Forwarded-For; nothing at all when no proxy is named.</summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<TrustedProxyOptions>>().Value.Any ? app.UseForwardedHeaders() : app;

    /// <summary>Whether a connection comes from a named proxy (whose connections carry many readers).</summary>
    public static bool IsTrustedProxy(this ForwardedHeadersOptions forwarded, IPAddress address) =>
        forwarded.ForwardedHeaders != ForwardedHeaders.None
        && (forwarded.KnownProxies.Contains(address) || forwarded.KnownIPNetworks.Any(n => n.Contains(address)));
}
