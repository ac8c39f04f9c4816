using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KetamineInfo.Web.Tests.Cli;

/// <summary>
/// A translation's own sign-off, with the real command: only a reviewer who reads Spanish (and English) may sign it, it
/// is bound to the Spanish words, the Spanish page names its reviewer (the English page does not borrow it), and a later
/// unrecorded edit to the Spanish words fails check at the changed line.
/// </summary>
public sealed class TranslationSignOffTests : IDisposable
{
    private readonly ContentCopy _content = new();

    public TranslationSignOffTests()
    {
        SpanishFixture.Write(_content);
        _content.Write("strings/es.yml", File.ReadAllText(Path.Combine(KetamineInfo.Tests.Shared.Repository.ContentPath, "strings", "es.yml")));
        _content.Write("reviewers.yml", _content.Read("reviewers.yml") + """

            dr-bilingue:
              name: Dra. Prueba Bilingüe
              credentials: MD, psiquiatra
              role: Revisora de prueba
              registration:
                body: Test Medical Council
                number: "T-0002"
              conflicts: None declared
              languages: [en, es]

            """);
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task ATranslation_IsSignedOffByABilingualReviewer_BoundToItsOwnWords()
    {
        var (refused, said) = await RunAsync("sign-off", "primer-articulo", "--language", "es", "--reviewer", "dr-test", "--date", "2026-11-27");
        Assert.Equal(1, refused);
        Assert.Contains("Dr Test Reviewer does not list 'es' in languages", said, StringComparison.Ordinal);

        var (exit, output) = await RunAsync("sign-off", "primer-articulo", "--language", "es", "--reviewer", "dr-bilingue", "--date", "2026-11-27");
        Assert.True(exit == 0, output);
        Assert.Matches(@"- article: primer-articulo\n  language: es\n  reviewer: dr-bilingue\n  date: 2026-11-27\n  fingerprint: sha256:[0-9a-f]{64}\n$", _content.Read("reviews.yml"));
        Assert.Contains("Texto de prueba en español.", _content.Read("signed/es-article-primer-articulo.txt"), StringComparison.Ordinal);

        using (var site = Site())
        {
            var client = site.CreateClient();
            var spanish = await client.GetDocumentAsync(SpanishFixture.Address);
            var english = await client.GetDocumentAsync("/articles/first-article");
            Assert.StartsWith("Revisión médica de Dra. Prueba Bilingüe", spanish.QuerySelector(".reviewer")!.TextContent.Trim(), StringComparison.Ordinal);
            Assert.StartsWith("Not yet reviewed by a clinician.", english.QuerySelector(".reviewer")!.TextContent.Trim(), StringComparison.Ordinal);
        }

        _content.Write(SpanishFixture.File, _content.Read(SpanishFixture.File).Replace("Texto de prueba en español.", "Texto de prueba cambiado.", StringComparison.Ordinal));
        var (checkExit, checkOutput) = await RunAsync("check");

        Assert.Equal(1, checkExit);
        Assert.Contains($"content/{SpanishFixture.File}:15:1: error KI0123: changed after it was signed off on 2026-11-27: before \"Texto de prueba en español.\", after \"Texto de prueba cambiado.\"", checkOutput, StringComparison.Ordinal);
        var (_, calendar) = await RunAsync("check", "--due", "30");
        Assert.Contains("  2026-11-27  es/primer-articulo (signed off by dr-bilingue; run: sign-off primer-articulo --language es --reviewer dr-bilingue)", calendar, StringComparison.Ordinal);
        var (_, release) = await RunAsync("check", "--release");
        Assert.Contains("    - the words changed after dr-bilingue's sign-off of 2026-11-27", release[release.IndexOf($"  content/{SpanishFixture.File}\n", StringComparison.Ordinal)..].ReplaceLineEndings("\n"), StringComparison.Ordinal);
        using var changed = Site();
        var page = await changed.CreateClient().GetDocumentAsync(SpanishFixture.Address);
        Assert.StartsWith("Cambió desde su revisión del 27 de noviembre de 2026", page.QuerySelector(".reviewer")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> Site() =>
        new SiteFactory().WithWebHostBuilder(b => b.UseSetting("Content:Path", _content.Root));

    private Task<(int Exit, string Output)> RunAsync(params string[] args) =>
        AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = _content.Root }, args);
}
