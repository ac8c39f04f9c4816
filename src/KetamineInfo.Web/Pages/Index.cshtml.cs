using KetamineInfo.Content.Model;
using KetamineInfo.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KetamineInfo.Web.Pages;

public sealed class IndexModel(EditorialView view) : PageModel
{
    public SiteSettings Site => view.Snapshot.Site;

    public IReadOnlyList<Article> Articles => view.Articles;
}
