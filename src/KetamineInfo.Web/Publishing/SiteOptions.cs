using System.ComponentModel.DataAnnotations;

namespace KetamineInfo.Web.Publishing;

/// <summary>Public-facing settings (section <c>Site</c>).</summary>
public sealed class SiteOptions : IValidatableObject
{
    public const string Section = "Site";

    /// <summary>The public origin for absolute links (canonical, sitemap, feed), like https://example.org. Empty means the request's origin.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>
    /// Where "Suggest a change to this page" links, with <c>{path}</c> standing for the article's file
    /// (e.g. <c>https://github.com/org/repo/edit/main/{path}</c>). Empty hides the link.
    /// </summary>
    public string? EditUrlTemplate { get; set; }

    public string? EditUrl(string sourcePath) =>
        string.IsNullOrWhiteSpace(EditUrlTemplate) ? null : EditUrlTemplate.Replace("{path}", sourcePath, StringComparison.Ordinal);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(BaseUrl)
            && !(Uri.TryCreate(BaseUrl, UriKind.Absolute, out var origin) && origin.Scheme is "http" or "https" && origin.AbsolutePath == "/" && origin.Query.Length == 0 && origin.Fragment.Length == 0))
        {
            yield return new ValidationResult("must be the site's public origin, http or https with no path, like https://ketamine.example.org", [nameof(BaseUrl)]);
        }

        if (!string.IsNullOrWhiteSpace(EditUrlTemplate)
            && !(Uri.TryCreate(EditUrlTemplate.Replace("{path}", "x", StringComparison.Ordinal), UriKind.Absolute, out var edit) && edit.Scheme == "https" && EditUrlTemplate.Contains("{path}", StringComparison.Ordinal)))
        {
            yield return new ValidationResult("must be an https address with {path} in it, like https://github.com/org/repo/edit/main/{path}", [nameof(EditUrlTemplate)]);
        }
    }

    /// <summary>The absolute URL of a site path, from <see cref="BaseUrl"/> or else the request.</summary>
    public string Absolute(HttpRequest request, string path)
    {
        var origin = string.IsNullOrWhiteSpace(BaseUrl) ? $"{request.Scheme}://{request.Host}" : BaseUrl.TrimEnd('/');
        return origin + path;
    }
}
