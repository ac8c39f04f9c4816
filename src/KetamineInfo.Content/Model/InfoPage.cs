namespace KetamineInfo.Content.Model;

/// <summary>A standalone page from content/pages (about, questions, accessibility): title, summary and body only.</summary>
public sealed record InfoPage(string Slug, string Title, string Summary, RenderedBody Body, string SourcePath);
