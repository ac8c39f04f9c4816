using KetamineInfo.Content.Diagnostics;

namespace KetamineInfo.Content.Markdown;

/// <summary>The articles a link may point at, with their section ids, and old slugs that now redirect.</summary>
internal sealed class LinkTargets(
    IReadOnlyDictionary<string, IReadOnlySet<string>> sectionsBySlug,
    IReadOnlyDictionary<string, string> aliases)
{
    public static string ArticleUrl(string slug) => $"/articles/{slug}";

    /// <summary>The URL for <c>slug.md#fragment</c>; reports a missing article or section.</summary>
    public string Resolve(string slug, string? fragment, int line, int column, DiagnosticBag bag)
    {
        var canonical = aliases.TryGetValue(slug, out var renamed) ? renamed : slug;
        if (!sectionsBySlug.TryGetValue(canonical, out var sections))
        {
            var hint = Suggest.Closest(slug, sectionsBySlug.Keys);
            bag.Add(DiagnosticCodes.BrokenArticleLink, line, column,
                $"no article '{slug}.md'" + (hint is null ? string.Empty : $" (did you mean '{hint}.md'?)"));
            return ArticleUrl(canonical);
        }

        if (string.IsNullOrEmpty(fragment))
        {
            return ArticleUrl(canonical);
        }

        if (!sections.Contains(fragment))
        {
            var hint = Suggest.Closest(fragment, sections);
            bag.Add(DiagnosticCodes.BrokenHeadingLink, line, column,
                $"'{slug}.md' has no section '#{fragment}'" + (hint is null ? string.Empty : $" (did you mean '#{hint}'?)"));
        }

        return $"{ArticleUrl(canonical)}#{fragment}";
    }
}
