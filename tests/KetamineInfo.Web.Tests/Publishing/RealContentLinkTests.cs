using AngleSharp.Dom;
using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Publishing;

/// <summary>
/// The shipped site as a reader clicks through it, in both languages: from the English and the Spanish home, every
/// link to a page of this site answers, and every link to a section lands on a heading or element that page has.
/// Editors write Spanish links by hand (<c>/es/articulos/…</c>), so this is where a mistyped one is caught.
/// </summary>
public sealed class RealContentLinkTests(RealSiteFactory site) : IClassFixture<RealSiteFactory>
{
    /// <summary>Every page in the sitemap: the pages its hreflang links name list exactly the same links back.</summary>
    [Fact]
    public async Task HreflangPairs_AreReciprocal_OnEveryPage()
    {
        var client = site.CreateClient();
        var sitemap = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        var paths = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath).ToList();
        var links = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var page = await client.GetDocumentAsync(path);
            links[path] = [.. page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => $"{l.GetAttribute("hreflang")} {new Uri(l.GetAttribute("href")!).AbsolutePath}")];
        }

        var paired = links.Where(l => l.Value.Count > 0).ToList();
        Assert.True(paired.Count >= 20, $"only {paired.Count} pages are paired"); // every translated page and its English one
        foreach (var (path, own) in paired)
        {
            Assert.Contains(own, l => l.EndsWith(" " + path, StringComparison.Ordinal) && !l.StartsWith("x-default", StringComparison.Ordinal)); // names itself
            foreach (var other in own.Select(l => l[(l.IndexOf(' ', StringComparison.Ordinal) + 1)..]).Distinct())
            {
                Assert.True(links.TryGetValue(other, out var back) && back.SequenceEqual(own), $"{path} names {other}, which does not name the same pages back");
            }
        }
    }

    [Fact]
    public async Task EveryLinkFromBothHomes_AnswersAndLandsOnItsSection()
    {
        var client = site.CreateClient();
        var pages = new Dictionary<string, IDocument>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/"]); // the Spanish edition is reached through the language switch
        var links = new List<(string From, string Path, string? Fragment)>();
        while (queue.Count > 0 && pages.Count < 500)
        {
            var path = queue.Dequeue();
            if (pages.ContainsKey(path))
            {
                continue;
            }

            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode} (linked from {links.FirstOrDefault(l => l.Path == path).From ?? "the start"})");
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                pages[path] = null!;
                continue;
            }

            var page = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(), CancellationToken.None);
            pages[path] = page;
            foreach (var href in page.QuerySelectorAll("main a[href], nav a[href], footer a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal) || href.StartsWith("/search", StringComparison.Ordinal) || href.StartsWith("/feedback", StringComparison.Ordinal))
                {
                    continue;
                }

                var hash = href.IndexOf('#', StringComparison.Ordinal);
                var target = hash < 0 ? href : href[..hash];
                links.Add((path, target, hash < 0 ? null : href[(hash + 1)..]));
                queue.Enqueue(target);
            }
        }

        var missing = links.Where(l => l.Fragment is { Length: > 0 } && pages[l.Path] is { } target && target.GetElementById(l.Fragment) is null)
            .Select(l => $"{l.From} → {l.Path}#{l.Fragment}").Distinct().ToList();
        Assert.True(missing.Count == 0, "links to a section the page does not have:\n" + string.Join('\n', missing));
        Assert.Contains("/articles/what-is-ketamine", pages.Keys);
        Assert.Contains("/es/articulos/que-es-la-ketamina", pages.Keys); // the Spanish edition was walked too
    }
}
