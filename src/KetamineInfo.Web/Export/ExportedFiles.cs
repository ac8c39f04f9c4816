namespace KetamineInfo.Web.Export;

/// <summary>Where a site URL lives in the exported folder.</summary>
internal static class ExportedFiles
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
}
