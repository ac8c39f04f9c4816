using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Markdown;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Parsing;

namespace KetamineInfo.Content.Rendering;

/// <summary>Builds the <see cref="LinkTargets"/> of one load from the parsed articles (and the last good ones).</summary>
internal static class SiteLinkTargets
{
    /// <summary>
    /// The targets of one load: every parsed article's sections, and the aliases they declare. Where drafts
    /// are not served, drafts are not targets: a link to one would render, and answer 404.
    /// </summary>
    public static LinkTargets Build(Dictionary<SourceDocument, ArticleMetadata?> metadata, ContentSnapshot? previous, bool draftsServed = true) =>
        new LinkTargets(SectionsBySlug(metadata, previous), CollectAliases(metadata),
            draftsServed ? new HashSet<string>() : metadata.Where(m => m.Value?.Draft == true).Select(m => m.Key.Slug).ToHashSet(StringComparer.Ordinal));

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
