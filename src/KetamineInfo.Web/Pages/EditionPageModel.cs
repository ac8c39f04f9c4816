using KetamineInfo.Content.Model;
using KetamineInfo.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KetamineInfo.Web.Pages;

/// <summary>
/// A page served in every language at that language's address (<c>/changes</c>, <c>/es/cambios</c>): a language's
/// address answers once that edition exists, and not before.
/// </summary>
public class EditionPageModel(PublishedSite published) : PageModel
{
    public PublishedSite Published => published;

    public IActionResult OnGet() => published.HasEdition(SitePaths.LanguageOf(Request.Path.Value ?? "/")) ? Page() : NotFound();
}
