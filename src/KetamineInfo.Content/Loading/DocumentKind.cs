using KetamineInfo.Content.Model;
using KetamineInfo.Content.Parsing;

namespace KetamineInfo.Content.Loading;

/// <summary>
/// Articles or standalone pages: what differs between the two as a load reads them — their folder, their front matter
/// and, by <see cref="IsPage"/>, the rules that apply and where they land in the snapshot. Every other stage (read,
/// parse, render, rules, last good version, timing) is the same for both.
/// </summary>
internal sealed record DocumentKind(string Folder, bool IsPage, Func<SourceDocument, IReviewedMetadata?> ReadMetadata)
{
    public static DocumentKind Article { get; } = new("articles", IsPage: false, ArticleMetadataReader.Read);

    public static DocumentKind Page { get; } = new("pages", IsPage: true, PageMetadataReader.Read);

    /// <summary>Articles, then pages: the order files are loaded in, so the order their diagnostics are reported in.</summary>
    public static IReadOnlyList<DocumentKind> All { get; } = [Article, Page];
}
