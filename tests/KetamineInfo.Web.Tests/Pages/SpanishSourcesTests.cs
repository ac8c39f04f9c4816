using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Pages;

/// <summary>
/// References stay one list, but where a source's publisher has it in Spanish (references.yml <c>url_es</c>), a Spanish
/// page links that beside the original; an English page does not.
/// </summary>
public sealed class SpanishSourcesTests(RealSiteFactory site) : IClassFixture<RealSiteFactory>
{
    [Fact]
    public async Task ASourceInSpanish_IsLinkedBesideTheOriginal_OnSpanishPagesOnly()
    {
        var client = site.CreateClient();

        var spanish = await client.GetDocumentAsync("/es/articulos/el-dia-del-tratamiento");
        var english = await client.GetDocumentAsync("/articles/your-treatment-day");

        var entry = spanish.QuerySelectorAll(".sources li").Single(li => li.QuerySelector("a.source-title")?.GetAttribute("href") == "https://medlineplus.gov/druginfo/meds/a619017.html");
        Assert.Equal(("https://medlineplus.gov/spanish/druginfo/meds/a619017-es.html", "es"),
            (entry.QuerySelector("a.source-spanish")!.GetAttribute("href"), entry.QuerySelector("a.source-spanish")!.GetAttribute("hreflang")));
        Assert.Contains(english.QuerySelectorAll(".sources a.source-title"), a => a.GetAttribute("href") == "https://medlineplus.gov/druginfo/meds/a619017.html");
        Assert.Null(english.QuerySelector(".sources a.source-spanish"));
    }
}
