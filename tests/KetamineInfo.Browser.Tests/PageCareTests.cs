using System.Xml.Linq;
using KetamineInfo.Browser.Tests.Support;

namespace KetamineInfo.Browser.Tests;

/// <summary>
/// One kind of page, as a reader on a phone sees it: every article and standalone page in the sitemap shows when it
/// was last updated and is next due for review, whether a clinician has reviewed it, and a way to report a mistake.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class PageCareTests(BrowserSite site)
{
    // Lists made from other pages, not pages of their own words.
    private static readonly string[] Listings = ["/", "/glossary", "/editorial-team", "/changes", "/es", "/es/glosario", "/es/equipo-editorial", "/es/cambios"];

    [Fact]
    public async Task EveryArticleAndPageInTheSitemap_ShowsItsDates_ItsReviewStatus_AndAWayToReportAMistake()
    {
        var page = await site.NewPageAsync(360, 740);
        var sitemap = await page.GotoAsync("/sitemap.xml");
        var paths = XDocument.Parse(await sitemap!.TextAsync()).Descendants().Where(e => e.Name.LocalName == "loc")
            .Select(e => new Uri(e.Value).AbsolutePath).Where(p => !Listings.Contains(p)).ToList();
        Assert.Contains("/treatment-options", paths);
        Assert.Contains("/articles/side-effects-and-risks", paths);
        Assert.Contains("/es/articulos/efectos-secundarios-y-riesgos", paths);

        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            Assert.True(await page.Locator(".dates").IsVisibleAsync(), $"{path}: dates not shown");
            // A Spanish page says the same in Spanish (strings/es.yml).
            var spanish = path.StartsWith("/es/", StringComparison.Ordinal);
            Assert.Matches(spanish ? "^(Revisión médica de|Cambió desde su revisión|Todavía no la ha revisado un profesional de la salud)" : "^(Medically reviewed by|Changed since it was reviewed|Not yet reviewed by a clinician)",
                (await page.Locator(".reviewer").InnerTextAsync()).Trim());
            Assert.True(await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = spanish ? "Avisar de un error en esta página" : "Report a mistake on this page" }).IsVisibleAsync(),
                $"{path}: no visible way to report a mistake");
        }

        await page.Context.CloseAsync();
    }
}
