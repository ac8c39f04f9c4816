using System.Text.Json;
using AngleSharp.Dom;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace KetamineInfo.Web.Tests.Sharing;

/// <summary>Link previews and search engines: every tag checked for its value, over the app with a configured base URL.</summary>
public sealed class MetadataTests : IClassFixture<MetadataTests.BaseUrlSiteFactory>
{
    private const string BaseUrl = "https://ketamine.example.org";
    private readonly BaseUrlSiteFactory _site;

    public MetadataTests(BaseUrlSiteFactory site) => _site = site;

    public static TheoryData<string> Articles => ["first-article", "second-article"];

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task Article_HasTitleDescriptionCanonicalAndOpenGraph(string slug)
    {
        var page = await _site.CreateClient().GetDocumentAsync($"/articles/{slug}");
        var h1 = page.QuerySelector("h1")!.TextContent;
        var summary = Meta(page, "name", "description");

        Assert.Equal($"{h1} – KetamineInfo", page.Title);
        Assert.False(string.IsNullOrWhiteSpace(summary));
        var canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href");
        Assert.Equal($"{BaseUrl}/articles/{slug}", canonical);
        Assert.Equal(canonical, Meta(page, "property", "og:url"));
        Assert.Equal("article", Meta(page, "property", "og:type"));
        Assert.Equal(h1, Meta(page, "property", "og:title"));
        Assert.Equal(summary, Meta(page, "property", "og:description"));
        Assert.Equal("KetamineInfo", Meta(page, "property", "og:site_name"));
        Assert.Equal($"{BaseUrl}/images/social.png", Meta(page, "property", "og:image"));
        Assert.Equal("1200", Meta(page, "property", "og:image:width"));
        Assert.Equal("630", Meta(page, "property", "og:image:height"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "property", "og:image:alt")));
        Assert.Equal("summary_large_image", Meta(page, "name", "twitter:card"));
        var visibleModified = page.QuerySelectorAll(".dates time")[0].GetAttribute("datetime");
        Assert.Equal(visibleModified, Meta(page, "property", "article:modified_time"));
        Assert.Equal("/feed.xml", page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task Article_JsonLdDescribesAMedicalWebPage(string slug)
    {
        var page = await _site.CreateClient().GetDocumentAsync($"/articles/{slug}");

        var blocks = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent)).ToList();
        var medical = blocks.Single(b => b.RootElement.GetProperty("@type").GetString() == "MedicalWebPage").RootElement;
        Assert.Equal(page.QuerySelector("h1")!.TextContent, medical.GetProperty("name").GetString());
        Assert.Equal($"{BaseUrl}/articles/{slug}", medical.GetProperty("url").GetString());
        Assert.Equal(page.QuerySelector(".dates time")!.GetAttribute("datetime"), medical.GetProperty("dateModified").GetString());
        Assert.Equal("Patient", medical.GetProperty("audience").GetProperty("audienceType").GetString());
        Assert.Equal(page.QuerySelectorAll("#sources li").Length, medical.GetProperty("citation").GetArrayLength());
        Assert.Contains(medical.GetProperty("about").EnumerateArray(), a => a.GetProperty("name").GetString() == "Esketamine");
        // A review is claimed in data only where the page claims it in words, with the same reviewer and date.
        var review = page.QuerySelector(".reviewer")!;
        var reviewed = review.TextContent.Contains("Medically reviewed by", StringComparison.Ordinal);
        Assert.Equal(reviewed, medical.TryGetProperty("reviewedBy", out var reviewedBy));
        Assert.Equal(reviewed, medical.TryGetProperty("lastReviewed", out var lastReviewed));
        if (reviewed)
        {
            Assert.Contains(reviewedBy.GetProperty("name").GetString()!, review.TextContent, StringComparison.Ordinal);
            Assert.Equal(review.QuerySelector("time")!.GetAttribute("datetime"), lastReviewed.GetString());
        }
        var crumbs = blocks.Single(b => b.RootElement.GetProperty("@type").GetString() == "BreadcrumbList").RootElement;
        Assert.Equal(2, crumbs.GetProperty("itemListElement").GetArrayLength());
    }

    [Fact]
    public async Task Home_HasWebSiteJsonLd()
    {
        var page = await _site.CreateClient().GetDocumentAsync("/");

        var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("WebSite", json.GetProperty("@type").GetString());
        Assert.Equal($"{BaseUrl}/", json.GetProperty("url").GetString());
        Assert.Equal("website", Meta(page, "property", "og:type"));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task Article_HeadingIdsAreUniqueAndEachHasALinkToItself(string slug)
    {
        var page = await _site.CreateClient().GetDocumentAsync($"/articles/{slug}");

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        // Every section heading a reader can see can be shared as a link: body sections, In short, Sources,
        // the clinician notice and the page history. Only the "On this page" list itself has none.
        foreach (var heading in page.QuerySelectorAll("article h2, article h3").Where(h => h.Closest(".on-this-page") is null))
        {
            var link = heading.ParentElement!.QuerySelector("a.heading-link")!;
            Assert.Equal($"#{heading.Id}", link.GetAttribute("href"));
            Assert.Equal($"Link to section: {heading.TextContent}", link.GetAttribute("aria-label"));
        }
    }

    [Fact]
    public async Task Article_ShareControls_WorkAsPlainLinks()
    {
        var page = await _site.CreateClient().GetDocumentAsync("/articles/first-article");

        Assert.Equal($"{BaseUrl}/articles/first-article", page.QuerySelector(".share-link")!.GetAttribute("href"));
        var email = page.QuerySelector(".email-link")!.GetAttribute("href")!;
        Assert.StartsWith("mailto:?subject=First%20article&body=", email, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString($"{BaseUrl}/articles/first-article"), email, StringComparison.Ordinal);
        Assert.True(page.QuerySelector(".print-button")!.HasAttribute("hidden")); // shown by script only
    }

    private static string? Meta(IDocument page, string attribute, string name) =>
        page.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content");

    public sealed class BaseUrlSiteFactory : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Site:BaseUrl", BaseUrl);
        }
    }
}
