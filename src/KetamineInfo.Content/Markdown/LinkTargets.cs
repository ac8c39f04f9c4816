using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Documents;
using KetamineInfo.Content.Model;

namespace KetamineInfo.Content.Markdown;

/// <summary>The articles a link may point at, with their section ids, and old slugs that now redirect.</summary>
internal sealed class LinkTargets(
    IReadOnlyDictionary<string, IReadOnlySet<string>> sectionsBySlug,
    IReadOnlyDictionary<string, string> aliases,
    IReadOnlySet<string> hiddenDrafts)
{
    /// <summary>Old slugs (from <c>aliases</c>) mapped to the current slug.</summary>
    public IReadOnlyDictionary<string, string> Aliases => aliases;

    /// <summary>
    /// The targets of one load: every parsed article's sections, and the aliases they declare. Where drafts
    /// are not served, drafts are not targets: a link to one would render, and answer 404.
    /// </summary>
    public static LinkTargets Build(Dictionary<SourceDocument, ArticleMetadata?> metadata, ContentSnapshot? previous, bool draftsServed = true) =>
        new(SectionsBySlug(metadata, previous), CollectAliases(metadata),
            draftsServed ? new HashSet<string>() : metadata.Where(m => m.Value?.Draft == true).Select(m => m.Key.Slug).ToHashSet(StringComparer.Ordinal));

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

    // A file that is mid-edit (say, its front matter is half written) will be served from its last good
    // version, so links into it are checked against that version's sections, not the broken draft's.
    private static Dictionary<string, IReadOnlySet<string>> SectionsBySlug(
        Dictionary<SourceDocument, ArticleMetadata?> metadata, ContentSnapshot? previous)
    {
        var sections = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var doc in metadata.Keys)
        {
            var broken = metadata[doc] is null || doc.Diagnostics.HasErrors;
            var headings = broken && previous?.ArticlesBySlug.GetValueOrDefault(doc.Slug) is { } lastGood
                ? lastGood.Body.Headings
                : doc.Headings;
            sections[doc.Slug] = headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        }

        return sections;
    }

    private static Dictionary<string, string> CollectAliases(Dictionary<SourceDocument, ArticleMetadata?> metadata)
    {
        var slugs = metadata.Keys.Select(d => d.Slug).ToHashSet(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (doc, meta) in metadata)
        {
            foreach (var alias in meta?.Aliases.Where(Slug.IsValid) ?? [])
            {
                if (slugs.Contains(alias) || !aliases.TryAdd(alias, doc.Slug))
                {
                    doc.Diagnostics.Add(DiagnosticCodes.DuplicateSlug, 1, 1, $"alias '{alias}' is already the slug or alias of another article");
                }
            }
        }

        return aliases;
    }
}
