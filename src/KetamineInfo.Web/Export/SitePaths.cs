using System.Text.RegularExpressions;

namespace KetamineInfo.Web.Export;

/// <summary>Where a site URL lives in the exported folder, and which local files a page refers to.</summary>
internal static partial class SitePaths
{
    /// <summary>"/" → index.html, "/articles/x" → articles/x/index.html, "/feed.xml" → feed.xml.</summary>
    public static string FileFor(string urlPath)
    {
        var path = urlPath.Trim('/');
        if (path.Length == 0)
        {
            return "index.html";
        }

        return Path.HasExtension(path.Split('/')[^1]) ? path : $"{path}/index.html";
    }

    /// <summary>
    /// Same-site files a page of ours links to (stylesheet, script, icons, images): local href and src values
    /// that name a file, and absolute ones under the public base URL (og:image). Our own pages only.
    /// </summary>
    public static IEnumerable<string> ReferencedFiles(string html, string baseUrl)
    {
        foreach (Match match in Reference().Matches(html))
        {
            var url = System.Net.WebUtility.HtmlDecode(match.Groups["url"].Value);
            if (url.StartsWith(baseUrl, StringComparison.Ordinal))
            {
                url = url[baseUrl.Length..];
            }

            if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            {
                var path = url.Split('#', '?')[0];
                if (Path.HasExtension(path))
                {
                    yield return path;
                }
            }
        }
    }

    [GeneratedRegex("(?:href|src|content)=\"(?<url>[^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
