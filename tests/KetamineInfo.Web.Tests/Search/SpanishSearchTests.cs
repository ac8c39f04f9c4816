using KetamineInfo.Content.Model;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KetamineInfo.Web.Tests.Search;

/// <summary>
/// The Spanish edition's own search (<c>/es/buscar</c>): Spanish pages only, accents optional, Spanish endings, with a
/// link to search the English pages; and no Spanish search until there is a Spanish edition.
/// </summary>
public sealed class SpanishSearchTests : IDisposable
{
    private readonly ContentCopy _content = new();

    public void Dispose() => _content.Dispose();

    private WebApplicationFactory<Program> Site() =>
        new SiteFactory().WithWebHostBuilder(b => b.UseSetting("Content:Path", _content.Root));

    [Theory]
    [InlineData("espanol")] // no accent typed
    [InlineData("Español")]
    [InlineData("textos")] // another ending of "texto"
    public async Task ASpanishQuestion_FindsTheSpanishPage_AndOnlySpanishPages(string query)
    {
        SpanishFixture.Write(_content);
        using var site = Site();

        var page = await site.CreateClient().GetDocumentAsync($"{SitePaths.SpanishSearch}?q={Uri.EscapeDataString(query)}");

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        var found = page.QuerySelectorAll(".result-page h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([SpanishFixture.Address], found);
        Assert.Equal($"{SitePaths.Search}?q={Uri.EscapeDataString(query)}", page.QuerySelector(".other-language a")!.GetAttribute("href"));
        Assert.Equal(SitePaths.SpanishSearch, page.QuerySelector("form.site-search")!.GetAttribute("action"));
    }

    [Fact]
    public async Task AnEnglishWord_IsNotFoundOnSpanishPages_NorASpanishWordOnEnglishOnes()
    {
        SpanishFixture.Write(_content);
        using var site = Site();
        var client = site.CreateClient();

        var spanish = await client.GetDocumentAsync($"{SitePaths.SpanishSearch}?q=feeling");
        var english = await client.GetDocumentAsync($"{SitePaths.Search}?q=espanol");

        Assert.Empty(spanish.QuerySelectorAll(".result-page"));
        Assert.Equal("¿Necesita ayuda ahora?", spanish.QuerySelector("#no-results-crisis")!.TextContent);
        Assert.Empty(english.QuerySelectorAll(".result-page"));
    }

    [Fact]
    public async Task WithoutASpanishEdition_ThereIsNoSpanishSearch()
    {
        using var site = Site();
        var client = site.CreateClient();

        using var search = await client.GetAsync(new Uri($"{SitePaths.SpanishSearch}?q=ketamina", UriKind.Relative));
        using var index = await client.GetAsync(new Uri(SitePaths.SpanishSearchIndex, UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, search.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, index.StatusCode);
    }
}
