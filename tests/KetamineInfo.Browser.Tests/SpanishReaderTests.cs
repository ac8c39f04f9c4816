using KetamineInfo.Browser.Tests.Support;
using KetamineInfo.Web.Feedback;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KetamineInfo.Browser.Tests;

/// <summary>
/// A Spanish-speaking reader on a phone, in a real browser with JavaScript: from /es into an article, a search typed
/// without accents, the options grid compared, and the feedback form sent — and no English page chrome on the way,
/// including the words the scripts write.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class SpanishReaderTests(BrowserSite site)
{
    // Words of the English chrome a script or a page could leave behind (strings/en.yml and site.yml).
    private static readonly string[] EnglishChrome =
    [
        "Need help now", "Skip to main content", "In short", "Talk to someone", "Was this page useful", "characters left",
        "Show only the ticked options", "options side by side", "tick two or three", "Search results", "Not yet reviewed",
        "Report a mistake", "Sources", "Last updated", "Share this page", "See the glossary", "Thank you",
    ];

    [Fact]
    public async Task ASpanishReader_ReadsSearchesComparesAndSendsFeedback_AllInSpanish()
    {
        var page = await site.NewPageAsync(360, 800);
        var seen = new List<(string Url, string Text)>();

        await page.GotoAsync("/es");
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        await page.Locator(".article-list a").First.ClickAsync();
        await page.WaitForURLAsync("**/es/articulos/**");
        seen.Add((page.Url, await ChromeText(page)));

        // The header's search box, a word typed without its accent.
        await page.Locator("form.site-search input[name=q]").FillAsync("presion arterial");
        await page.Locator("form.site-search input[name=q]").PressAsync("Enter");
        await page.WaitForURLAsync("**/es/buscar?q=presion+arterial");
        var found = await page.Locator(".result-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal("/es/articulos/efectos-secundarios-y-riesgos#presion-arterial", found[0]);
        seen.Add((page.Url, await ChromeText(page)));

        // The options grid, two options compared side by side (the script's words are Spanish).
        await page.Locator("nav .nav-list a[href='/es/opciones-de-tratamiento']").ClickAsync();
        await page.WaitForURLAsync("**/es/opciones-de-tratamiento");
        await page.Locator("[data-option=ect] label.compare-pick").ClickAsync();
        await page.Locator("[data-option=rtms] label.compare-pick").ClickAsync();
        await page.Locator(".compare-go").ClickAsync();
        Assert.Equal(2, await page.Locator(".option-card:visible").CountAsync());
        seen.Add((page.Url, await ChromeText(page)));

        // The feedback form at the end of an article, sent in place.
        await page.GotoAsync("/es/articulos/el-dia-del-tratamiento");
        var words = $"La tabla es difícil de leer en mi teléfono ({Unique()}).";
        await page.Locator("#feedback input[name=useful][value=no]").CheckAsync();
        await page.Locator("#feedback textarea").FillAsync(words);
        seen.Add((page.Url, await ChromeText(page)));
        await page.Locator("#feedback button[type=submit]").ClickAsync();
        await page.Locator("#feedback .feedback-thanks").WaitForAsync();
        seen.Add((page.Url, await ChromeText(page)));

        var stored = (await site.Services.GetRequiredService<IFeedbackStore>().ReadAsync(null, CancellationToken.None)).Single(e => e.Text == words);
        Assert.Equal(("es/el-dia-del-tratamiento", (bool?)false), (stored.Article, stored.Useful));
        var english = seen.SelectMany(s => EnglishChrome.Where(e => s.Text.Contains(e, StringComparison.OrdinalIgnoreCase)).Select(e => $"{s.Url}: {e}")).ToList();
        Assert.True(english.Count == 0, "English chrome:\n" + string.Join('\n', english));
        await page.Context.CloseAsync();
    }

    // What the reader sees, but for the sources' own titles (an NHS page called "Need help now?" is a source, not chrome).
    private static Task<string> ChromeText(IPage page) => page.EvaluateAsync<string>(
        "() => { const copy = document.body.cloneNode(true); copy.querySelectorAll('.sources').forEach(s => s.remove()); return copy.innerText || copy.textContent; }");

    // Letters only: a run of digits would be masked as a possible phone number before it is stored.
    private static string Unique() => new([.. Guid.NewGuid().ToString("N").Select(c => char.IsAsciiDigit(c) ? (char)('g' + (c - '0')) : c)]);
}
