using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// The articles a link may point at, with their section ids, and old slugs that now redirect. Made for each
/// load by <c>Rendering.SiteLinkTargets</c>; here it only answers, so Markdown never reaches back into parsing.
/// </summary>
internal sealed class LinkTargets(
    IReadOnlyDictionary<string, IReadOnlySet<string>> sectionsBySlug,
    IReadOnlyDictionary<string, string> aliases,
    IReadOnlySet<string> hiddenDrafts)
{
    /// <summary>Old slugs (from <c>aliases</c>) mapped to the current slug.</summary>
    public IReadOnlyDictionary<string, string> Aliases => aliases;

    /// <summary>Every target in a stable order: two loads with equal signatures resolve every link the same way.</summary>
    public string Signature() =>
        string.Join('\n', sectionsBySlug.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}#{string.Join(',', s.Value.Order(StringComparer.Ordinal))}"))
        + "\n--\n" + string.Join('\n', aliases.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}>{a.Value}"))
        + "\n--\n" + string.Join('\n', hiddenDrafts.Order(StringComparer.Ordinal));

    /// <summary>The URL for <c>slug.md#fragment</c>; reports a missing article or section.</summary>
    public string Resolve(string slug, string? fragment, int line, int column, DiagnosticBag bag)
    {
        var canonical = aliases.TryGetValue(slug, out var renamed) ? renamed : slug;
        if (hiddenDrafts.Contains(canonical))
        {
            bag.Add(DiagnosticCodes.BrokenArticleLink, line, column,
                $"'{canonical}.md' is a draft, which readers cannot see here: publish it (remove 'draft: true') or remove this link");
            return Article.PathFor(canonical);
        }

        if (!sectionsBySlug.TryGetValue(canonical, out var sections))
        {
            var hint = Suggest.Closest(slug, sectionsBySlug.Keys, bag);
            bag.Add(DiagnosticCodes.BrokenArticleLink, line, column,
                $"no article '{slug}.md'" + (hint is null ? string.Empty : $" (did you mean '{hint}.md'?)"));
            return Article.PathFor(canonical);
        }

        if (string.IsNullOrEmpty(fragment))
        {
            return Article.PathFor(canonical);
        }

        if (!sections.Contains(fragment))
        {
            var hint = Suggest.Closest(fragment, sections, bag);
            bag.Add(DiagnosticCodes.BrokenHeadingLink, line, column,
                $"'{slug}.md' has no section '#{fragment}'" + (hint is null ? string.Empty : $" (did you mean '#{hint}'?)"));
        }

        return $"{Article.PathFor(canonical)}#{fragment}";
    }
}
