using KetamineInfo.Content.Model;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Hosting;

/// <summary>
/// What readers may see of the current snapshot: published articles only, or drafts too where editors
/// preview (Development by default). One per request, so a reload mid-request cannot mix versions.
/// </summary>
public sealed class EditorialView(ContentSnapshot snapshot, bool showDrafts)
{
    public ContentSnapshot Snapshot => snapshot;

    public bool ShowDrafts => showDrafts;

    public IReadOnlyList<Article> Articles => showDrafts
        ? [.. snapshot.ArticlesBySlug.Values.OrderBy(a => a.Metadata.Order).ThenBy(a => a.Slug, StringComparer.Ordinal)]
        : snapshot.Articles;

    public Article? Find(string slug) =>
        showDrafts && snapshot.ArticlesBySlug.TryGetValue(slug, out var any) ? any : snapshot.FindPublished(slug);

    internal static EditorialView Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ContentOptions>>().Value;
        var showDrafts = options.DraftsServed(services.GetRequiredService<IWebHostEnvironment>());
        return new EditorialView(services.GetRequiredService<ContentSnapshot>(), showDrafts);
    }
}
