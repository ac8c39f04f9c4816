using System.ComponentModel.DataAnnotations;
using System.Reflection;
using KetamineInfo.Content.Loading;

namespace KetamineInfo.Web.Publishing;

/// <summary>Where the content folder is and how changes to it are picked up (section <c>Content</c>).</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The content folder. Empty means: the published copy beside the app, else the repository's <c>content/</c>.</summary>
    public string? Path { get; set; }

    /// <summary>How long the files must be quiet before a reload (saves arrive in bursts).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10")]
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Watch the folder for changes (live reload).</summary>
    public bool Watch { get; set; } = true;

    /// <summary>
    /// The most Markdown files read from one folder (KI0002 past it): a bound on what a mistaken or hostile folder
    /// can cost. Raise it for a library larger than 2,000 articles.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxFilesPerFolder { get; set; } = ContentLimits.Default.MaxFiles;

    /// <summary>The most HTML one page's body may render to (KI0130): see <see cref="ContentLimits.MaxRenderedBytes"/>.</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxRenderedBytes { get; set; } = ContentLimits.Default.MaxRenderedBytes;

    /// <summary>How long loading all the content may take before <c>check</c> fails (KI0131).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxLoadTime { get; set; } = ContentLimits.Default.MaxLoadTime;

    /// <summary>Serve draft articles (with a "Draft" badge). Empty means: in Development only.</summary>
    public bool? ShowDrafts { get; set; }

    /// <summary>Whether readers see drafts: <see cref="ShowDrafts"/>, or else only in Development.</summary>
    public bool DraftsServed(IWebHostEnvironment environment) => ShowDrafts ?? environment.IsDevelopment();

    public string ResolvePath()
    {
        if (!string.IsNullOrWhiteSpace(Path))
        {
            return System.IO.Path.GetFullPath(Path);
        }

        var published = System.IO.Path.Combine(AppContext.BaseDirectory, "content");
        if (Directory.Exists(published))
        {
            return published;
        }

        return typeof(ContentOptions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryContentPath")?.Value ?? published;
    }
}
