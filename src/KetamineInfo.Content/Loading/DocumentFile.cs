using KetamineInfo.Content.Model;
using KetamineInfo.Content.Parsing;

namespace KetamineInfo.Content.Loading;

/// <summary>One article or page file in a load: its kind, the document parsed from it, and its front matter (null when that did not read).</summary>
internal sealed record DocumentFile(DocumentKind Kind, SourceDocument Document, IReviewedMetadata? Metadata)
{
    public string Slug => Document.Slug;
}
