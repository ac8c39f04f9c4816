using KetamineInfo.Tests.Shared;
using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Cli;

/// <summary>The real <c>check</c> over translations: errors at their file and line, and a translation behind its source named.</summary>
public sealed class TranslationCheckTests : IDisposable
{
    private readonly ContentCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task EnglishChanged_CheckWarnsAtTranslatedFrom_AndTheCalendarListsIt()
    {
        var made = SpanishFixture.VersionOf(_content);
        SpanishFixture.Write(_content, made);
        SpanishFixture.ChangeEnglish(_content);
        var now = SpanishFixture.VersionOf(_content);

        var (exit, output) = await RunCheckAsync("--due", "30");

        Assert.Equal(0, exit);
        Assert.Contains($"{SpanishFixture.File}:7:1: warning KI0210: the English 'first-article' (last changed 2026-11-26) has changed since this translation was made from {made}: update the translation, then set translated_from: {now}",
            output, StringComparison.Ordinal);
        Assert.Contains($"Translations behind their English source (1 translation):\n  2026-11-26  content/{SpanishFixture.File} (first-article changed; translated from {made}, now {now})",
            output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpToDateTranslation_PassesCheck_AndTheCalendarListsNone()
    {
        SpanishFixture.Write(_content);

        var (exit, output) = await RunCheckAsync("--due", "30");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("KI0210", output, StringComparison.Ordinal);
        Assert.Contains("Translations behind their English source (0 translations):", output, StringComparison.Ordinal);
        Assert.Matches(@"  es/primer-articulo: \d+ words, lectura INFLESZ \d+\.\d \(muy fácil\), translates first-article\r?\n", output);
        Assert.DoesNotContain("KI0212", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HardSpanish_CheckWarnsAtTheBody_WithTheFigureAndBand()
    {
        SpanishFixture.Write(_content);
        _content.Write(SpanishFixture.File, _content.Read(SpanishFixture.File).Replace("Texto de prueba en español.",
            "La cumplimentación administrativa de la documentación identificativa correspondiente constituye un requisito imprescindible previamente a la realización de cualquier consulta programada en las instalaciones hospitalarias, independientemente de la especialidad asistencial solicitada.",
            StringComparison.Ordinal));

        var (exit, output) = await RunCheckAsync();

        Assert.Equal(0, exit);
        Assert.Matches(@"es/articles/primer-articulo\.md:9:1: warning KI0212: lectura INFLESZ \d+\.\d \((normal|algo difícil|muy difícil)\) is below 65", output);
        Assert.Matches(@"  es/primer-articulo: \d+ words, lectura INFLESZ \d+\.\d \((normal|algo difícil|muy difícil)\), translates first-article", output);
    }

    [Fact]
    public async Task TranslationErrors_AreReportedAtTheirFileAndLine()
    {
        SpanishFixture.Write(_content, source: "first-artcle");
        SpanishFixture.Write(_content, version: "latest", file: "es/articles/sin-version.md");
        SpanishFixture.Write(_content, file: "es/articles/uno.md");
        SpanishFixture.Write(_content, file: "es/articles/dos.md");

        var (exit, output) = await RunCheckAsync();

        Assert.Equal(1, exit);
        Assert.Contains($"{SpanishFixture.File}:6:1: error KI0133: translation_of 'first-artcle' names no English article (did you mean 'first-article'?)", output, StringComparison.Ordinal);
        Assert.Contains("es/articles/sin-version.md:7:1: error KI0134: 'translated_from' must be 12 lower-case hex digits", output, StringComparison.Ordinal);
        Assert.Contains("es/articles/uno.md:6:1: error KI0135: content/es/articles/dos.md already translates 'first-article'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpanishPages_WithoutSpanishCrisisHelpOrSharedWords_FailCheck_SayingWhichFile()
    {
        SpanishFixture.Write(_content);
        _content.Write(SpanishFixture.File, _content.Read(SpanishFixture.File) + "\n~~~include aviso\n~~~\n");
        _content.Write("shared/aviso.md", "Words only English pages get.\n");
        File.Delete(_content.PathOf(SpanishFixture.CrisisFile));

        var (exit, output) = await RunCheckAsync();

        Assert.Equal(1, exit);
        Assert.Contains($"{SpanishFixture.File}:17:1: error KI0127: there is no es/shared/aviso.md to include", output, StringComparison.Ordinal);

        _content.Write("es/shared/aviso.md", "Palabras de prueba.\n");
        (exit, output) = await RunCheckAsync();

        Assert.Equal(1, exit);
        Assert.DoesNotContain("KI0127", output, StringComparison.Ordinal);
        Assert.Contains("es/site.yml:1:1: error KI0136: there are Spanish pages, but no es/site.yml gives crisis help in Spanish", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpanishBannedWords_AreCaught_UnlessPlainlyNegated()
    {
        SpanishFixture.Write(_content);
        _content.Write(SpanishFixture.CrisisFile, _content.Read(SpanishFixture.CrisisFile) + "banned_words:\n  - cura\n  - milagro\n");
        _content.Write(SpanishFixture.File, _content.Read(SpanishFixture.File).Replace("Texto de prueba en español.",
            "El aerosol no es una cura. Ningún milagro. Esta medicina cura la depresión.", StringComparison.Ordinal));

        var (exit, output) = await RunCheckAsync();

        Assert.Equal(1, exit);
        var banned = output.Split('\n').Where(l => l.Contains("KI0112", StringComparison.Ordinal)).ToList();
        Assert.Equal($"content/{SpanishFixture.File}:15:58: error KI0112: 'cura' is on the banned list in es/site.yml: say what the evidence shows instead (a plain negation just before it, like 'not a cure' or 'no es una cura', is allowed)", Assert.Single(banned).TrimEnd());
    }

    private Task<(int Exit, string Output)> RunCheckAsync(params string[] extra) =>
        AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = _content.Root }, ["check", .. extra]);
}
