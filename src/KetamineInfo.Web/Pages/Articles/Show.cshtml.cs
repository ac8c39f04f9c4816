using KetamineInfo.Content.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KetamineInfo.Web.Pages.Articles;

public sealed class ShowModel(ContentSnapshot content) : PageModel
{
    public Article Article { get; private set; } = null!;

    public string ClinicianNotice => content.Site.ClinicianNotice;

    public IActionResult OnGet(string slug)
    {
        if (content.FindPublished(slug) is { } article)
        {
            Article = article;
            return Page();
        }

        // A renamed article keeps its old links working.
        return content.Aliases.TryGetValue(slug, out var renamed)
            ? RedirectPermanent($"/articles/{renamed}")
            : NotFound();
    }
}
