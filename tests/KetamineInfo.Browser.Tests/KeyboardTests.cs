using KetamineInfo.Browser.Tests.Support;
using Microsoft.Playwright;

namespace KetamineInfo.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class KeyboardTests(BrowserSite site)
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task SkipLink_IsFirstAndMovesFocusToMain(int width)
    {
        var page = await site.NewPageAsync(width, 800);
        await page.GotoAsync("/articles/what-is-ketamine");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        Assert.True(await page.Locator(".skip-link").IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_ReachesShareControlsAndGlossaryTerms()
    {
        var page = await site.NewPageAsync(360, 800);
        await page.GotoAsync("/articles/what-is-ketamine");

        var reached = new HashSet<string>();
        for (var i = 0; i < 80 && reached.Count < 4; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var kind = await page.EvaluateAsync<string>("""
                () => { const e = document.activeElement;
                  return e.matches('.share-link') ? 'share' : e.matches('.print-button') ? 'print'
                       : e.matches('.email-link') ? 'email' : e.matches('a.term') ? 'term' : ''; }
                """);
            if (kind.Length > 0)
            {
                reached.Add(kind);
            }
        }

        Assert.Equal(["email", "print", "share", "term"], reached.Order());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task GlossaryTerm_RevealsItsMeaningOnActivation()
    {
        var page = await site.NewPageAsync(360, 800);
        await page.GotoAsync("/articles/what-is-ketamine");
        var term = page.Locator(".article-body a.term").First;

        await term.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("true", await term.GetAttributeAsync("aria-expanded"));
        var definition = page.Locator(".term-definition");
        Assert.True(await definition.IsVisibleAsync());
        Assert.Contains(await term.GetAttributeAsync("data-definition") ?? "?", await definition.TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        Assert.EndsWith("/articles/what-is-ketamine", page.Url, StringComparison.Ordinal); // stayed on the page
        await page.Context.CloseAsync();
    }
}
