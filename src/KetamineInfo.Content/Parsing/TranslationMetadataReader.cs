using System.Globalization;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;

namespace KetamineInfo.Content.Parsing;

/// <summary>
/// Validates a translation's front matter: a page's keys, plus <c>translation_of</c> (the English slug it translates) and
/// <c>translated_from</c> (the first 12 hex digits of the English words' fingerprint it was made from). Whether the
/// English document exists, and whether it has changed since, is checked once every file is read (<c>TranslationRule</c>).
/// </summary>
internal static class TranslationMetadataReader
{
    public const int VersionLength = 12;

    public static readonly string[] Keys = [.. PageMetadataReader.Keys, "translation_of", "translated_from"];

    public static TranslationMetadata? Read(SourceDocument document, string language)
    {
        if (document.FrontMatter is not { } fm)
        {
            return null;
        }

        fm.RejectUnknownKeys(Keys, "translation front matter");
        var title = fm.String("title", required: true, maxLength: 120);
        var summary = fm.String("summary", required: true, maxLength: ArticleMetadataReader.MaxSummaryLength);
        var (lastReviewed, nextReview) = ArticleMetadataReader.ReadReviewDates(fm, document.Diagnostics);
        var updated = fm.Date("updated");
        var changes = ArticleMetadataReader.ReadChanges(fm, document.Diagnostics);
        var source = fm.String("translation_of", required: true, maxLength: 200);
        if (source is not null && !Slug.IsValid(source))
        {
            var (line, column) = fm.PositionOf("translation_of");
            document.Diagnostics.Add(DiagnosticCodes.BadSlug, line, column, $"translation_of '{source}' is not a valid slug: write the English file's name without .md");
            source = null;
        }

        var version = ReadVersion(fm, document.Diagnostics);
        return title is null || summary is null || lastReviewed is null || nextReview is null || source is null || version is null
            ? null
            : new TranslationMetadata(document.Slug, title, summary, lastReviewed.Value, nextReview.Value, updated, changes, language, source, version);
    }

    private static string? ReadVersion(Yaml.YamlMappingReader fm, DiagnosticBag bag)
    {
        var (line, column) = fm.PositionOf("translated_from");
        var value = fm.Node("translated_from") is null ? null : fm.String("translated_from", maxLength: 200);
        if (value is not null && value.Length == VersionLength && value.All(char.IsAsciiHexDigitLower))
        {
            return value;
        }

        var at = line == 0 ? (fm.Line, fm.Column) : (line, column);
        bag.Add(DiagnosticCodes.BadTranslatedFrom, at.Item1, at.Item2, value is null
            ? "'translated_from' is required: the first 12 hex digits of the English page's fingerprint when you translated it (/_content lists it as the version)"
            : string.Create(CultureInfo.InvariantCulture, $"'translated_from' must be 12 lower-case hex digits (the start of the English page's fingerprint, as /_content lists it), not '{value}'"));
        return null;
    }
}
