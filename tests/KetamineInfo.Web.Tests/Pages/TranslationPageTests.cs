using KetamineInfo.Content.Model;
using KetamineInfo.Tests.Shared;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KetamineInfo.Web.Tests.Pages;

/// <summary>
/// A translated page: served at its Spanish address in Spanish, paired with its English page both ways (hreflang and a
/// visible switch), telling its readers when the English has moved on; and nothing changes where no translation exists.
/// </summary>
public sealed class TranslationPageTests : IDisposable
{
    private readonly ContentCopy _content = new();

    public void Dispose() => _content.Dispose();

    private WebApplicationFactory<Program> Site() =>
        new SiteFactory().WithWebHostBuilder(b => b.UseSetting("Content:Path", _content.Root).UseSetting("Site:BaseUrl", "https://ki.example"));

    private void WithSpanishStrings() =>
        _content.Write("strings/es.yml", File.ReadAllText(Path.Combine(Repository.ContentPath, "strings", "es.yml")));

    [Fact]
    public async Task SpanishArticle_IsServedAtItsAddress_InSpanish()
    {
        SpanishFixture.Write(_content);
        WithSpanishStrings();
        using var site = Site();

        var page = await site.CreateClient().GetDocumentAsync(SpanishFixture.Address);

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Primer artículo", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Primer artículo – ", page.Title, StringComparison.Ordinal);
        Assert.Equal("El primer artículo, en español de prueba.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("https://ki.example" + SpanishFixture.Address, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Última actualización el 25 de noviembre de 2026", page.QuerySelector(".dates")!.TextContent.Split('·')[0].Trim());
        Assert.Equal("Artículos", page.QuerySelector("nav.nav-list a, .nav-list a")!.TextContent);
        Assert.Null(page.QuerySelector(".translation-behind"));
        using var json = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("es", json.RootElement.GetProperty("inLanguage").GetString());
        Assert.Equal("https://ki.example/articles/first-article", json.RootElement.GetProperty("translationOfWork").GetProperty("url").GetString());
        Assert.False(json.RootElement.TryGetProperty("reviewedBy", out _));
        // What has no Spanish version here: the glossary is linked as English. The search box searches the Spanish pages.
        Assert.Equal("en", page.QuerySelector(".nav-list a[href='/glossary']")!.GetAttribute("hreflang"));
        Assert.Equal("/es/buscar", page.QuerySelector("form.site-search")!.GetAttribute("action"));
        // A translation has no sign-off of its own yet: it says so, in Spanish, never borrowing the English page's.
        Assert.StartsWith("Todavía no la ha revisado un profesional de la salud.", page.QuerySelector(".reviewer")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpanishPages_ShowTheirOwnCrisisHelp_AndTheirOwnSharedSafetyWords()
    {
        SpanishFixture.Write(_content);
        _content.Write(SpanishFixture.File, _content.Read(SpanishFixture.File) + "\n~~~include aviso\n~~~\n");
        _content.Write("shared/aviso.md", "Words only English pages get.\n");
        _content.Write("es/shared/aviso.md", "Palabras de prueba para las páginas en español.\n");
        using var site = Site();
        var client = site.CreateClient();

        var spanish = await client.GetDocumentAsync(SpanishFixture.Address);
        var english = await client.GetDocumentAsync("/articles/first-article");

        Assert.Equal("¿Necesita ayuda ahora?", spanish.QuerySelector(".crisis-heading")!.TextContent);
        Assert.Contains("Línea de prueba 000", spanish.QuerySelector(".crisis")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("988", spanish.QuerySelector(".crisis")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Palabras de prueba para las páginas en español.", spanish.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Words only English pages get.", spanish.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Need help now?", english.QuerySelector(".crisis-heading")!.TextContent);
    }

    [Fact]
    public async Task SpanishGlossary_LinksSpanishTerms_ToTheSpanishGlossary_PairedWithTheEnglish()
    {
        SpanishFixture.Write(_content);
        _content.Write("es/glossary.yml", """
            - term: Texto de prueba
              aliases: [textos de prueba]
              definition: Unas palabras escritas solo para probar el sitio.

            """);
        using var site = Site();
        var client = site.CreateClient();

        var article = await client.GetDocumentAsync(SpanishFixture.Address);
        var glossary = await client.GetDocumentAsync(SitePaths.SpanishGlossary);
        var english = await client.GetDocumentAsync(SitePaths.Glossary);

        var term = Assert.Single(article.QuerySelectorAll("article a.term"));
        Assert.Equal(("/es/glosario#texto-de-prueba", "Texto de prueba"), (term.GetAttribute("href"), term.TextContent));
        Assert.Equal("Unas palabras escritas solo para probar el sitio.", term.GetAttribute("data-definition"));
        Assert.Equal("es", glossary.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Unas palabras escritas solo para probar el sitio.", glossary.QuerySelector("#texto-de-prueba dd")!.TextContent);
        Assert.Equal(SitePaths.SpanishGlossary, article.QuerySelector(".nav-list a[href$='glosario']")?.GetAttribute("href"));
        string[] pair = ["en https://ki.example/glossary", "es https://ki.example/es/glosario", "x-default https://ki.example/glossary"];
        foreach (var page in new[] { glossary, english })
        {
            Assert.Equal(pair, page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => $"{l.GetAttribute("hreflang")} {l.GetAttribute("href")}"));
        }
    }

    [Fact]
    public async Task SpanishChangesTeamAndFeed_AnswerInSpanish_PairedWithTheEnglish_OnceTheEditionExists()
    {
        using (var before = Site())
        {
            var english = before.CreateClient();
            foreach (var path in new[] { "/es/cambios", "/es/equipo-editorial", "/es/feed.xml" })
            {
                using var response = await english.GetAsync(new Uri(path, UriKind.Relative));
                Assert.True(response.StatusCode == System.Net.HttpStatusCode.NotFound, $"{path} answered {(int)response.StatusCode} with no Spanish edition");
            }
        }

        SpanishFixture.Write(_content);
        _content.Write(SpanishFixture.File, _content.Read(SpanishFixture.File).Replace("translated_from:", "changes:\n  - date: 2026-11-24\n    summary: Corregimos una cifra.\n    kind: correction\ntranslated_from:", StringComparison.Ordinal));
        using var site = Site();
        var client = site.CreateClient();

        var changes = await client.GetDocumentAsync("/es/cambios");
        var team = await client.GetDocumentAsync("/es/equipo-editorial");
        var feed = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync(new Uri("/es/feed.xml", UriKind.Relative)));

        Assert.Equal(("es", "es"), (changes.DocumentElement.GetAttribute("lang"), team.DocumentElement.GetAttribute("lang")));
        var entry = Assert.Single(changes.QuerySelectorAll(".changes-log li"));
        Assert.Contains("Corregimos una cifra.", entry.TextContent, StringComparison.Ordinal);
        Assert.Equal(SpanishFixture.Address, entry.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("/es/cambios", changes.QuerySelectorAll("link[rel=alternate][hreflang=es]").Select(l => new Uri(l.GetAttribute("href")!).AbsolutePath));
        Assert.Equal("/es/equipo-editorial", team.QuerySelector("footer a[href$='equipo-editorial']")?.GetAttribute("href"));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("es", feed.Root!.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")!.Value);
        Assert.Equal(["https://ki.example" + SpanishFixture.Address, "https://ki.example/es/cambios#cambio-primer-articulo-2026-11-24-1"],
            feed.Root.Elements(atom + "entry").Select(e => e.Element(atom + "id")!.Value));
    }

    [Fact]
    public async Task PairedPages_LinkEachOther_WithReciprocalHreflang_AndASwitch()
    {
        SpanishFixture.Write(_content);
        WithSpanishStrings();
        using var site = Site();
        var client = site.CreateClient();

        var english = await client.GetDocumentAsync("/articles/first-article");
        var spanish = await client.GetDocumentAsync(SpanishFixture.Address);

        string[] expected =
        [
            "en https://ki.example/articles/first-article",
            "es https://ki.example" + SpanishFixture.Address,
            "x-default https://ki.example/articles/first-article",
        ];
        foreach (var page in new[] { english, spanish })
        {
            Assert.Equal(expected, page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => $"{l.GetAttribute("hreflang")} {l.GetAttribute("href")}"));
        }

        var toSpanish = Assert.Single(english.QuerySelectorAll(".language-switch a"));
        Assert.Equal((SpanishFixture.Address, "es", "Español"), (toSpanish.GetAttribute("href"), toSpanish.GetAttribute("hreflang"), toSpanish.TextContent));
        var toEnglish = Assert.Single(spanish.QuerySelectorAll(".language-switch a"));
        Assert.Equal(("/articles/first-article", "en", "English"), (toEnglish.GetAttribute("href"), toEnglish.GetAttribute("hreflang"), toEnglish.TextContent));
    }

    [Fact]
    public async Task EnglishPageWithoutTranslation_HasNoAlternatesOrSwitch()
    {
        SpanishFixture.Write(_content);
        using var site = Site();

        var page = await site.CreateClient().GetDocumentAsync("/articles/second-article");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Empty(page.QuerySelectorAll("link[hreflang]"));
        Assert.Null(page.QuerySelector(".language-switch"));
    }

    [Fact]
    public async Task WithoutAnyTranslation_ThereIsNoSpanishEdition_AndTheSitemapIsAsBefore()
    {
        using var site = Site();
        var client = site.CreateClient();

        var missing = await client.GetDocumentAsync("/es", System.Net.HttpStatusCode.NotFound);
        Assert.Equal("en", missing.DocumentElement.GetAttribute("lang"));
        Assert.Equal("/", missing.QuerySelector("a.site-name")!.GetAttribute("href"));
        var sitemap = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));
        Assert.DoesNotContain("xhtml", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("/es", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishChanged_TheSpanishPageSaysSo_AndLinksToTheEnglish()
    {
        SpanishFixture.Write(_content);
        WithSpanishStrings();
        SpanishFixture.ChangeEnglish(_content);
        using var site = Site();

        var page = await site.CreateClient().GetDocumentAsync(SpanishFixture.Address);

        var notice = page.QuerySelector(".translation-behind")!;
        Assert.StartsWith("La versión en inglés de esta página se actualizó el 26 de noviembre de 2026.", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-11-26", notice.QuerySelector("time")!.GetAttribute("datetime"));
        var link = notice.QuerySelector("a")!;
        Assert.Equal(("/articles/first-article", "Lea la página en inglés"), (link.GetAttribute("href"), link.TextContent));
    }

    [Fact]
    public async Task EnglishChangedWhileTheSiteRuns_TheNoticeAppearsAtTheNextReload()
    {
        SpanishFixture.Write(_content);
        WithSpanishStrings();
        using var site = Site();
        var client = site.CreateClient();
        Assert.Null((await client.GetDocumentAsync(SpanishFixture.Address)).QuerySelector(".translation-behind"));
        using var reloads = new ContentReloads(site.Services);

        SpanishFixture.ChangeEnglish(_content);
        await reloads.UntilAsync(s => s.Translations[SpanishFixture.Address].IsBehind);

        var notice = (await client.GetDocumentAsync(SpanishFixture.Address)).QuerySelector(".translation-behind");
        Assert.Equal("/articles/first-article", notice!.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Sitemap_ListsBothLanguages_WithAlternatesForThePair()
    {
        SpanishFixture.Write(_content);
        using var site = Site();

        var sitemap = System.Xml.Linq.XDocument.Parse(await site.CreateClient().GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));

        System.Xml.Linq.XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        System.Xml.Linq.XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = sitemap.Root!.Elements(sm + "url").ToDictionary(u => u.Element(sm + "loc")!.Value, u => u.Elements(xhtml + "link").Select(l => $"{l.Attribute("hreflang")!.Value} {l.Attribute("href")!.Value}").ToList());
        string[] pair = ["en https://ki.example/articles/first-article", "es https://ki.example" + SpanishFixture.Address, "x-default https://ki.example/articles/first-article"];
        Assert.Equal(pair, urls["https://ki.example/articles/first-article"]);
        Assert.Equal(pair, urls["https://ki.example" + SpanishFixture.Address]);
        Assert.Empty(urls["https://ki.example/articles/second-article"]);
        Assert.Contains("https://ki.example/es", urls.Keys);
    }

    [Fact]
    public async Task MissingSpanishPage_IsASpanish404_OnceTheEditionExists()
    {
        SpanishFixture.Write(_content);
        WithSpanishStrings();
        using var site = Site();

        var page = await site.CreateClient().GetDocumentAsync("/es/articulos/no-existe", System.Net.HttpStatusCode.NotFound);

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("No encontramos esa página", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/es", page.QuerySelector("a.site-name")!.GetAttribute("href"));
        Assert.Equal(["/es", SpanishFixture.Address, "/glossary"], page.QuerySelectorAll("main li a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task SpanishHome_ListsTheTranslations()
    {
        SpanishFixture.Write(_content);
        WithSpanishStrings();
        using var site = Site();

        var page = await site.CreateClient().GetDocumentAsync("/es");

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Todos los artículos", page.QuerySelector("h2#articles")!.TextContent);
        Assert.Equal([SpanishFixture.Address], page.QuerySelectorAll(".article-list a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Descripción de prueba del sitio.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("KetamineInfo – Lema de prueba", page.Title);
    }

    [Fact]
    public async Task SpanishHome_ShowsTheTranslatedGuide_AndPairsWithTheEnglishHome()
    {
        SpanishFixture.Write(_content);
        _content.Write("pages/home.md", "---\ntitle: Home\nsummary: Ways in.\nlast_reviewed: 2026-11-25\nnext_review: 2027-11-25\n---\nStart with the basics.\n");
        var version = Translation.ShortVersion(new KetamineInfo.Content.Loading.ContentLoader(
            new Microsoft.Extensions.FileProviders.PhysicalFileProvider(_content.Root), TimeProvider.System).Load().Pages["home"].Fingerprint);
        _content.Write("es/pages/inicio.md", $"---\ntitle: Inicio\nsummary: Formas de empezar.\nlast_reviewed: 2026-11-25\nnext_review: 2027-11-25\ntranslation_of: home\ntranslated_from: {version}\n---\nEmpiece por lo básico.\n");
        using var site = Site();
        var client = site.CreateClient();

        var spanish = await client.GetDocumentAsync("/es");
        var english = await client.GetDocumentAsync("/");

        Assert.Equal("Empiece por lo básico.", spanish.QuerySelector(".home-guide")!.TextContent.Trim());
        Assert.DoesNotContain(spanish.QuerySelectorAll(".article-list a"), a => a.GetAttribute("href")!.Contains("inicio", StringComparison.Ordinal));
        string[] homes = ["en https://ki.example/", "es https://ki.example/es", "x-default https://ki.example/"];
        foreach (var page in new[] { english, spanish })
        {
            Assert.Equal(homes, page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => $"{l.GetAttribute("hreflang")} {l.GetAttribute("href")}"));
        }
    }

    [Fact]
    public async Task SpanishRoutes_Answer200_AreStored_AndASlashVariantIsSentHome()
    {
        SpanishFixture.Write(_content);
        using var site = Site();
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var all = site.Services.GetRequiredService<KetamineInfo.Web.Publishing.PublishedSites>().Current.Routes
            .Where(r => r.Path.StartsWith("/es", StringComparison.Ordinal)).ToList();
        var routes = all.Where(r => r.Cache != KetamineInfo.Web.Publishing.CachePolicy.NotStored).Select(r => r.Path).ToList();

        Assert.Equal(["/es", SpanishFixture.Address, "/es/equipo-editorial", "/es/cambios", "/es/feed.xml", "/es/buscar", "/es/search-index.json"], all.Select(r => r.Path));
        Assert.Equal(["/es", SpanishFixture.Address, "/es/equipo-editorial", "/es/cambios", "/es/feed.xml", "/es/search-index.json"], routes);
        foreach (var path in routes)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            Assert.NotNull(response.Headers.ETag);
        }

        using var slash = await client.GetAsync(new Uri("/es/", UriKind.Relative));
        Assert.Equal((System.Net.HttpStatusCode.MovedPermanently, "/es"), (slash.StatusCode, slash.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task Export_WritesTheSpanishPages()
    {
        SpanishFixture.Write(_content);
        var outDir = Path.Combine(Path.GetTempPath(), "ki-export-es-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, output) = await AppProcess.RunAsync(
                new Dictionary<string, string> { ["Content__Path"] = _content.Root, ["Site__BaseUrl"] = "https://ki.example" }, "export", outDir);

            Assert.True(exit == 0, output);
            Assert.Contains("lang=\"es\"", File.ReadAllText(Path.Combine(outDir, "es", "articulos", "primer-articulo", "index.html")), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(outDir, "es", "index.html")));
        }
        finally
        {
            if (Directory.Exists(outDir))
            {
                Directory.Delete(outDir, recursive: true);
            }
        }
    }
}
