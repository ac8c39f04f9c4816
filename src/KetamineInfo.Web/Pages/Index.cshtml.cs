using KetamineInfo.Content.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KetamineInfo.Web.Pages;

public sealed class IndexModel(ContentSnapshot content) : PageModel
{
    public SiteSettings Site => content.Site;

    public IReadOnlyList<Article> Articles => content.Articles;
}
