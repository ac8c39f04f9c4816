using KetamineInfo.Content.Model;
using KetamineInfo.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Pages.Articles;

public sealed class ShowModel(EditorialView view, IOptions<SiteOptions> site) : PageModel
{
    public Article Article { get; private set; } = null!;

    public string ClinicianNotice => view.Snapshot.Site.ClinicianNotice;

    public string? EditUrl => site.Value.EditUrl(Article.SourcePath);

    public IActionResult OnGet(string slug)
    {
        if (view.Find(slug) is { } article)
        {
            Article = article;
            return Page();
        }

        // A renamed article keeps its old links working.
        return view.Snapshot.Aliases.TryGetValue(slug, out var renamed) && view.Find(renamed) is not null
            ? RedirectPermanent($"/articles/{renamed}")
            : NotFound();
    }
}
