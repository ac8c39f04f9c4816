using KetamineInfo.Content.Model;
using KetamineInfo.Content.Parsing;

namespace KetamineInfo.Content.Loading;

/// <summary>
/// Articles or standalone pages: what differs between the two as a load reads them — their folder, their front matter
/// and, by <see cref="IsPage"/>, the rules that apply and where they land in the snapshot. Every other stage (read,
/// parse, render, rules, last good version, timing) is the same for both.
/// </summary>
internal sealed record DocumentKind(string Folder, bool IsPage, Func<SourceDocument, IReviewedMetadata?> ReadMetadata, string Language = "en")
{
    public static DocumentKind Article { get; } = new("articles", IsPage: false, ArticleMetadataReader.Read);

    public static DocumentKind Page { get; } = new("pages", IsPage: true, PageMetadataReader.Read);

    /// <summary>
    /// Articles, then pages, then each language's translations of them (<c>es/articles</c>, <c>es/pages</c>): the order
    /// files are loaded in, so the order their diagnostics are reported in. Translations come last, so that the English
    /// they translate is served (and its fingerprint known) by the time they are checked.
    /// </summary>
    public static IReadOnlyList<DocumentKind> All { get; } =
    [
        Article,
        Page,
        .. Translation.Languages.SelectMany(language => new[]
        {
            new DocumentKind($"{language}/articles", IsPage: false, d => TranslationMetadataReader.Read(d, language), language),
            new DocumentKind($"{language}/pages", IsPage: true, d => TranslationMetadataReader.Read(d, language), language),
        }),
    ];

    /// <summary>Whether this kind holds translations rather than the English originals.</summary>
    public bool IsTranslation => Language != "en";
}
