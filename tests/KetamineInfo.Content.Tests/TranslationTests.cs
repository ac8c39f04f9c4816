using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

/// <summary>Translations (content/es/…): loaded through the same pass, tied to their English source, and never silently stale.</summary>
public sealed class TranslationTests : IDisposable
{
    private const string Body = "::: in-short\n- One fact.\n- Two facts.\n- Three facts.\n:::\n\nBody text.\n";

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private static string Spanish(string source, string? version, string slug = "fixture") =>
        $"---\ntitle: Título de {slug}\nsummary: Resumen de {slug}.\nlast_reviewed: 2026-11-25\nnext_review: 2027-11-25\ntranslation_of: {source}\n"
        + (version is null ? string.Empty : $"translated_from: {version}\n") + "---\nTexto.\n";

    private string EnglishVersion()
    {
        _content.Article("fixture", Body);
        return Translation.ShortVersion(_content.Load().ArticlesBySlug["fixture"].Fingerprint);
    }

    [Fact]
    public void Translation_LoadsAtItsSpanishAddress_TiedToItsSource()
    {
        var version = EnglishVersion();
        _content.Write("es/articles/ficticio.md", Spanish("fixture", version));

        var snapshot = _content.Load();

        var translation = snapshot.Translations["/es/articulos/ficticio"];
        Assert.Equal("es", translation.Language);
        Assert.Equal("fixture", translation.Metadata.TranslationOf);
        Assert.False(translation.IsBehind);
        Assert.Equal(translation, Assert.Single(snapshot.TranslationsOf("fixture", isPage: false)));
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.Path.Contains("es/articles/", StringComparison.Ordinal) && (d.IsError || d.Code == DiagnosticCodes.TranslationBehind.Id));
        // The English article is what it was: the translation lives beside it, not in its place.
        Assert.Equal("fixture", Assert.Single(snapshot.Articles).Slug);
    }

    [Fact]
    public void EnglishChanged_WarnsAtTranslatedFrom_NamingTheDate_AndMarksTheTranslationBehind()
    {
        var version = EnglishVersion();
        _content.Write("es/articles/ficticio.md", Spanish("fixture", version));
        _content.Article("fixture", Body.Replace("Body text.", "Body text, changed.", StringComparison.Ordinal),
            TempContent.ValidFrontMatter("fixture") + "\nupdated: 2026-11-30");

        var snapshot = _content.Load();

        var warning = Assert.Single(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.TranslationBehind.Id);
        Assert.Equal("content/es/articles/ficticio.md", warning.Path);
        Assert.Equal(7, warning.Line);
        Assert.Contains("2026-11-30", warning.Message, StringComparison.Ordinal);
        var translation = snapshot.Translations["/es/articulos/ficticio"];
        Assert.True(translation.IsBehind);
        Assert.Equal(new DateOnly(2026, 11, 30), translation.SourceLastModified);
    }

    [Fact]
    public void TranslationOfNothing_IsAnErrorAtItsLine()
    {
        var version = EnglishVersion();
        _content.Write("es/articles/ficticio.md", Spanish("fixtur", version));

        var snapshot = _content.Load();

        var error = Assert.Single(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.TranslationOfNothing.Id);
        Assert.Equal(("content/es/articles/ficticio.md", 6), (error.Path, error.Line));
        Assert.Contains("did you mean 'fixture'", error.Message, StringComparison.Ordinal);
        Assert.Empty(snapshot.Translations);
    }

    [Fact]
    public void PageTranslation_MustNameAPage_NotAnArticle()
    {
        var version = EnglishVersion();
        _content.Write("es/pages/ficticio.md", Spanish("fixture", version));

        Assert.Contains(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.TranslationOfNothing.Id && d.Path == "content/es/pages/ficticio.md");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("latest")]
    [InlineData("0123456789AB")]
    public void MissingOrInvalidTranslatedFrom_IsAnError(string? version)
    {
        EnglishVersion();
        _content.Write("es/articles/ficticio.md", Spanish("fixture", version));

        var snapshot = _content.Load();

        var error = Assert.Single(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.BadTranslatedFrom.Id);
        Assert.Equal("content/es/articles/ficticio.md", error.Path);
        Assert.Equal(version is null ? 2 : 7, error.Line);
        Assert.Empty(snapshot.Translations);
    }

    [Fact]
    public void TwoTranslationsOfOneSource_TheSecondIsAnError()
    {
        var version = EnglishVersion();
        _content.Write("es/articles/ficticio.md", Spanish("fixture", version));
        _content.Write("es/articles/otro.md", Spanish("fixture", version, "otro"));

        var snapshot = _content.Load();

        var error = Assert.Single(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateTranslation.Id);
        Assert.Equal(("content/es/articles/otro.md", 6), (error.Path, error.Line));
        Assert.Contains("content/es/articles/ficticio.md", error.Message, StringComparison.Ordinal);
        Assert.Equal("ficticio", Assert.Single(snapshot.Translations.Values).Slug);
    }

    [Fact]
    public void SpanishStrings_FillInFromTheEnglish_AndTheGapIsNamedOnceThereArePages()
    {
        var version = EnglishVersion();
        _content.Write("strings/es.yml", "layout:\n  nav_articles: Artículos\n");

        var before = _content.Load();
        Assert.DoesNotContain(before.Diagnostics, d => d.Code == DiagnosticCodes.UntranslatedStrings.Id);

        _content.Write("es/articles/ficticio.md", Spanish("fixture", version));
        var snapshot = _content.Load();

        var spanish = snapshot.StringsFor("es");
        Assert.Equal("Artículos", spanish["layout.nav_articles"]);
        Assert.Equal(snapshot.Strings["page.not_reviewed"], spanish["page.not_reviewed"]);
        Assert.Equal("Articles", snapshot.StringsFor("en")["layout.nav_articles"]);
        var warning = Assert.Single(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.UntranslatedStrings.Id);
        Assert.Equal(("content/strings/es.yml", 1), (warning.Path, warning.Line));
        Assert.StartsWith($"{snapshot.Strings.Values.Count - 1} keys have no Spanish words yet, so Spanish pages show them in English: layout.skip_link, ", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SpanishStrings_WithAnUnknownKey_IsAnErrorAtItsLine()
    {
        _content.Write("strings/es.yml", "layout:\n  nav_articles: Artículos\n  nav_articulos: Artículos\n");

        var error = Assert.Single(_content.Load().Diagnostics, d => d.IsError);

        Assert.Equal(("content/strings/es.yml", 3, DiagnosticCodes.UnknownKey.Id), (error.Path, error.Line, error.Code));
    }

    [Fact]
    public void TranslationBody_IsLabelledInItsLanguage_AndNotLinkedToTheEnglishGlossary()
    {
        var version = EnglishVersion();
        _content.Write("strings/es.yml", "body:\n  in_short: En resumen\n");
        _content.Write("es/articles/ficticio.md", Spanish("fixture", version).Replace("Texto.", Body + "\nDissociation.", StringComparison.Ordinal));

        var snapshot = _content.Load();

        var spanish = snapshot.Translations["/es/articulos/ficticio"].Body;
        Assert.Equal("En resumen", Html.Parse(spanish.KeyFactsHtml!).QuerySelector("h2")!.TextContent);
        Assert.Empty(spanish.GlossaryTerms);
        Assert.Equal("In short", Html.Parse(snapshot.ArticlesBySlug["fixture"].Body.KeyFactsHtml!).QuerySelector("h2")!.TextContent);
    }
}
