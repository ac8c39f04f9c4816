using KetamineInfo.Content.Model;
using KetamineInfo.Web.Publishing;
using KetamineInfo.Web.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KetamineInfo.Web.Pages.Es;

/// <summary>The Spanish edition's home (<c>/es</c>): every translated page, articles first. It exists once one does.</summary>
public sealed class IndexModel(PublishedSite published) : PageModel
{
    public string SiteName => published.Site.Name;

    public IReadOnlyList<Translation> Translations { get; } = published.Translations;

    public Translation? Guide => published.SpanishHomeGuide;

    public string Description => published.Snapshot.DescriptionFor("es");

    public PageMetadata Metadata => new(null, Description, SitePaths.SpanishHome);

    public IActionResult OnGet() => Translations.Count == 0 ? NotFound() : Page();
}
