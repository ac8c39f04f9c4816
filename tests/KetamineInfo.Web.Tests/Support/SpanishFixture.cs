using KetamineInfo.Content.Loading;
using KetamineInfo.Content.Model;
using Microsoft.Extensions.FileProviders;

namespace KetamineInfo.Web.Tests.Support;

/// <summary>A Spanish translation of the fixture's first article, written into a content copy: test words only.</summary>
internal static class SpanishFixture
{
    public const string File = "es/articles/primer-articulo.md";

    public const string Address = "/es/articulos/primer-articulo";

    /// <summary>The version (first 12 hex of the fingerprint) of an English article as the folder holds it now.</summary>
    public static string VersionOf(ContentCopy content, string slug = "first-article") =>
        Translation.ShortVersion(new ContentLoader(new PhysicalFileProvider(content.Root), TimeProvider.System).Load().ArticlesBySlug[slug].Fingerprint);

    /// <summary>
    /// Writes the translation, made from <paramref name="version"/> (by default the English as it is now). Line 6 is
    /// <c>translation_of</c>, line 7 <c>translated_from</c>.
    /// </summary>
    public static void Write(ContentCopy content, string? version = null, string source = "first-article", string file = File)
    {
        WriteCrisisHelp(content);
        content.Write(file, $"""
            ---
            title: Primer artículo
            summary: El primer artículo, en español de prueba.
            last_reviewed: 2026-11-25
            next_review: 2027-11-25
            translation_of: {source}
            translated_from: {version ?? VersionOf(content)}
            ---
            ::: in-short
            - Un dato de prueba.
            - Otro dato de prueba.
            - Un tercer dato de prueba.
            :::

            Texto de prueba en español.

            """);
    }

    public const string CrisisFile = "es/site.yml";

    /// <summary>The site in Spanish, with its crisis help (test words): every language with pages must have its own (KI0136).</summary>
    public static void WriteCrisisHelp(ContentCopy content, string heading = "¿Necesita ayuda ahora?", string line = "Línea de prueba 000") =>
        content.Write(CrisisFile, $"""
            tagline: Lema de prueba
            description: Descripción de prueba del sitio.
            clinician_notice: Aviso de prueba para hablar con un profesional de la salud.
            crisis:
              heading: {heading}
              intro: Texto de prueba.
              lines:
                - region: Prueba
                  text: {line}
                  href: tel:000
              directory:
                text: Otros países
                href: https://findahelpline.com

            """);

    /// <summary>Changes one English sentence of the first article, as an editor would.</summary>
    public static void ChangeEnglish(ContentCopy content) =>
        content.Write("articles/first-article.md", content.Read("articles/first-article.md")
            .Replace("The feeling fades.", "The feeling fades within hours.", StringComparison.Ordinal));
}
