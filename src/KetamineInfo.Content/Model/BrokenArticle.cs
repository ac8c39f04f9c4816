namespace KetamineInfo.Content.Model;

/// <summary>An article whose file has errors and which has no last good version to serve: readers do not see it.</summary>
public sealed record BrokenArticle(string Slug, string SourcePath, int Errors);
