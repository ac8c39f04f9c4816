namespace KetamineInfo.Content.Parsing;

/// <summary>Validates the front matter of a standalone page (title and summary only).</summary>
internal static class PageMetadataReader
{
    public static readonly string[] Keys = ["title", "summary"];

    public static (string Title, string Summary)? Read(SourceDocument document)
    {
        if (document.FrontMatter is not { } fm)
        {
            return null;
        }

        fm.RejectUnknownKeys(Keys, "page front matter");
        var title = fm.String("title", required: true, maxLength: 120);
        var summary = fm.String("summary", required: true, maxLength: ArticleMetadataReader.MaxSummaryLength);
        return title is null || summary is null ? null : (title, summary);
    }
}
