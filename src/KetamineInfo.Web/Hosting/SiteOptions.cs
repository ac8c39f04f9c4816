namespace KetamineInfo.Web.Hosting;

/// <summary>Public-facing settings (section <c>Site</c>).</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The public origin for absolute links (canonical, sitemap, feed), like https://example.org. Empty means the request's origin.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The absolute URL of a site path, from <see cref="BaseUrl"/> or else the request.</summary>
    public string Absolute(HttpRequest request, string path)
    {
        var origin = string.IsNullOrWhiteSpace(BaseUrl) ? $"{request.Scheme}://{request.Host}" : BaseUrl.TrimEnd('/');
        return origin + path;
    }
}
