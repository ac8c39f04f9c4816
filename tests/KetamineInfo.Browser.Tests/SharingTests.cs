using System.Text;
using System.Text.RegularExpressions;
using KetamineInfo.Browser.Tests.Support;

namespace KetamineInfo.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed partial class SharingTests(BrowserSite site)
{
    [Fact]
    public async Task SectionLink_OpensAtItsSection()
    {
        var page = await site.NewPageAsync(360, 800);
        await page.GotoAsync("/articles/side-effects-and-risks#what-we-dont-know-yet");

        var top = await page.EvaluateAsync<double>("() => document.getElementById('what-we-dont-know-yet').getBoundingClientRect().top");

        Assert.InRange(top, 0, 200);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task QuestionsPage_PrintsOnAtMostTwoPages_WithoutNavigation()
    {
        var page = await site.NewPageAsync(1280, 800);
        await page.GotoAsync("/questions");
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });

        Assert.False(await page.Locator(".site-header nav:not(.language-switch)").IsVisibleAsync());
        Assert.False(await page.Locator(".language-switch").IsVisibleAsync());
        Assert.False(await page.Locator(".share-tools").IsVisibleAsync());
        Assert.True(await page.Locator(".crisis").IsVisibleAsync()); // crisis lines stay on the handout
        var pdf = Encoding.Latin1.GetString(await page.PdfAsync());
        Assert.InRange(PdfPage().Count(pdf), 1, 2);
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PdfPage();
}
