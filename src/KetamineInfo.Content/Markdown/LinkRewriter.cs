using System.Text.RegularExpressions;
using KetamineInfo.Content.Diagnostics;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// Turns the links editors write (<c>other-article.md#section</c>) into site URLs, checks that their
/// targets exist, marks external links, and removes script-bearing targets.
/// </summary>
internal static partial class LinkRewriter
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    public static void Apply(MarkdownDocument document, LinkTargets targets, Func<string, bool> siteFileExists, IReadOnlySet<string> ownHeadings, DiagnosticBag bag)
    {
        foreach (var inline in document.Descendants<Inline>().ToList())
        {
            switch (inline)
            {
                case LinkInline link:
                    Rewrite(link, targets, siteFileExists, ownHeadings, bag);
                    break;
                case AutolinkInline autolink when !IsSafe(autolink.Url):
                    bag.Add(DiagnosticCodes.UnsafeLink, autolink.Line + 1, autolink.Column + 1, "links may only go to http(s), mailto: or tel: addresses");
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
            }
        }
    }

    private static void Rewrite(LinkInline link, LinkTargets targets, Func<string, bool> siteFileExists, IReadOnlySet<string> ownHeadings, DiagnosticBag bag)
    {
        var url = (link.Url ?? string.Empty).Trim();
        var (line, column) = (link.Line + 1, link.Column + 1);
        if (!IsSafe(url) || (link.IsImage && url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)))
        {
            bag.Add(DiagnosticCodes.UnsafeLink, line, column, $"'{Shorten(url)}' is not an allowed {(link.IsImage ? "image" : "link")} target");
            Unwrap(link);
            return;
        }

        if (link.IsImage)
        {
            CheckImage(link, url, siteFileExists, line, column, bag);
            return;
        }

        if (ArticleLink().Match(url) is { Success: true } match)
        {
            link.Url = targets.Resolve(match.Groups["slug"].Value, match.Groups["fragment"].Success ? match.Groups["fragment"].Value : null, line, column, bag);
        }
        else if (url.StartsWith('#') && !ownHeadings.Contains(url[1..]))
        {
            bag.Add(DiagnosticCodes.BrokenHeadingLink, line, column, $"this page has no section '{url[1..]}'");
        }
        else if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            link.GetAttributes().AddProperty("rel", "noopener noreferrer");
        }
    }

    // Images come from this site only: an image from elsewhere would tell that site who is reading.
    private static void CheckImage(LinkInline image, string url, Func<string, bool> siteFileExists, int line, int column, DiagnosticBag bag)
    {
        var path = url.Split('?', '#')[0];
        var problem =
            image.FirstChild is null ? $"images need alt text, a few words saying what the image shows: ![what it shows]({Shorten(url)})"
            : !path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) ? $"'{Shorten(url)}': images must be files on this site, like /images/chart.png in wwwroot"
            : !siteFileExists(path) ? $"no image '{path}' in wwwroot"
            : null;
        if (problem is not null)
        {
            bag.Add(DiagnosticCodes.BadImage, line, column, problem);
        }
    }

    // Browsers ignore tabs, newlines and leading spaces inside a scheme ("java\tscript:"), so compare
    // the URL as a browser would read it.
    private static bool IsSafe(string url)
    {
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var slash = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true; // relative
        }

        var scheme = compact[..colon];
        return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    private static void Unwrap(LinkInline link)
    {
        foreach (var child in link.ToList())
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }

    private static string Shorten(string url) => url.Length <= 40 ? url : url[..40] + "…";

    [GeneratedRegex(@"^(?:\./)?(?<slug>[^/#?]+)\.md(?:#(?<fragment>.*))?$")]
    private static partial Regex ArticleLink();
}
