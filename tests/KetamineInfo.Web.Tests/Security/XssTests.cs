using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Security;

/// <summary>
/// Script-injection payloads in every front-matter field, in references.yml, glossary.yml and site.yml go
/// through the real pipeline; no rendered page may contain any of them in executable form.
/// </summary>
public sealed class XssTests : IDisposable
{
    private static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(2)>",
        "</script><script>alert(3)</script>",
        "<svg/onload=alert(4)>",
        "&lt;script&gt;alert(5)&lt;/script&gt;",
        "<ScRiPt>alert(6)</sCrIpT>",
        "' onmouseover='alert(7)",
        "javascript:alert(8)",
    ];

    private readonly ContentCopy _content = new();
    private readonly HostileSiteFactory _site;

    public XssTests()
    {
        var p = Payloads.Select(Yaml).ToArray();
        _content.Write("articles/hostile-article.md", $"""
            ---
            title: {p[1]}
            summary: {p[2]}
            order: 5
            last_reviewed: 2026-11-25
            next_review: 2027-11-25
            changes:
              - date: 2026-11-25
                summary: {p[3]}
                kind: correction
            ---
            Body with raw HTML {Payloads[0]} and {Payloads[3]} and {Payloads[5]} [@HOSTILE].

            ## Heading {Payloads[1]}

            A [safe link](https://www.fda.gov/) and an autolink <https://www.nice.org.uk/>.
            """);
        _content.Write("references.yml", _content.Read("references.yml") + $"""

            HOSTILE:
              authors: {p[0]}
              title: {p[2]}
              container: {p[1]}
              year: 2020
              url: "https://example.org/?q=<script>alert(9)</script>&x=\"y\""
            """);
        _content.Write("reviewers.yml", $"""
            hostile:
              name: {p[6]}
              credentials: {p[1]}
              role: {p[2]}
              registration:
                body: {p[0]}
                number: {p[5]}
              conflicts: {p[3]}
              profile: {p[7]}
            """);
        _content.Write("glossary.yml", _content.Read("glossary.yml") + $"""
            - term: Hostile
              definition: {p[1]} {p[5]}
            """);
        _content.Write("site.yml", _content.Read("site.yml")
            .Replace("tagline: Plain, sourced information about ketamine treatment", $"tagline: {p[0]}", StringComparison.Ordinal)
            .Replace("  heading: Need help now?", $"  heading: {p[3]}", StringComparison.Ordinal));
        _site = new HostileSiteFactory(_content.Root);
    }

    public static TheoryData<string> Pages => ["/", "/articles/hostile-article", "/glossary", "/about", "/search?q=hostile", "/no-such-page", "/editorial-team", "/changes"];

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task HostileContent_RendersInert(string url)
    {
        var expected = url == "/no-such-page" ? System.Net.HttpStatusCode.NotFound : System.Net.HttpStatusCode.OK;
        var page = await _site.CreateClient().GetDocumentAsync(url, expected);

        foreach (var script in page.QuerySelectorAll("script"))
        {
            var type = script.GetAttribute("type");
            if (type is "application/ld+json" or "application/json")
            {
                using var json = JsonDocument.Parse(script.TextContent); // still one valid JSON value: no breakout
            }
            else
            {
                Assert.Matches(@"^/js/(site|feedback)\.[a-z0-9]+\.js$", script.GetAttribute("src") ?? "(inline script)");
                Assert.Equal(string.Empty, script.TextContent);
            }
        }

        Assert.Empty(page.QuerySelectorAll("img, svg, iframe, object, embed, base, form:not([role=search]):not([data-feedback][action='/feedback'])")); // only the site's own forms
        foreach (var element in page.All)
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            foreach (var name in new[] { "href", "src", "action" })
            {
                var value = element.GetAttribute(name)?.Trim().ToLowerInvariant() ?? string.Empty;
                Assert.False(value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("vbscript:", StringComparison.Ordinal) || value.StartsWith("data:", StringComparison.Ordinal), $"{element.LocalName} {name}={value}");
            }
        }
    }

    [Fact]
    public async Task HostileFrontMatter_IsShownAsText()
    {
        var page = await _site.CreateClient().GetDocumentAsync("/articles/hostile-article");

        Assert.Equal(Payloads[1], page.QuerySelector("h1")!.TextContent);
        Assert.Equal(Payloads[2], page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(Payloads[1], page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.StartsWith(Payloads[1], page.Title, StringComparison.Ordinal);
        var medical = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(j => j.GetProperty("@type").GetString() == "MedicalWebPage");
        Assert.Equal(Payloads[1], medical.GetProperty("name").GetString());
    }

    [Fact]
    public async Task HostileReviewer_IsShownAsText_AndAnUnsafeProfileIsDropped()
    {
        var page = await _site.CreateClient().GetDocumentAsync("/editorial-team");

        var entry = page.QuerySelector(".reviewer-entry")!;
        Assert.Equal($"{Payloads[6]}, {Payloads[1]}", entry.QuerySelector("h2")!.TextContent);
        Assert.Contains(Payloads[3], entry.TextContent, StringComparison.Ordinal);
        Assert.Null(entry.QuerySelector("a[href^='javascript']"));
    }

    [Theory]
    [InlineData("/sitemap.xml")]
    [InlineData("/feed.xml")]
    public async Task HostileContent_KeepsFeedsWellFormed(string url)
    {
        var xml = XDocument.Parse(await _site.CreateClient().GetStringAsync(new Uri(url, UriKind.Relative)));

        Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName is "script" or "img" or "svg");
    }

    private static string Yaml(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private sealed class HostileSiteFactory(string contentPath) : SiteFactory(contentPath, "Production");
}
