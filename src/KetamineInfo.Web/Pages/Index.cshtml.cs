using KetamineInfo.Content.Model;
using KetamineInfo.Web.Publishing;
using KetamineInfo.Web.Sharing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Pages;

public sealed class IndexModel(PublishedSite published, IOptions<SiteOptions> site) : PageModel
{
    public SiteSettings Site => published.Site;

    public IReadOnlyList<Article> Articles => published.Articles;

    public InfoPage? Guide => published.HomeGuide;

    public PageMetadata Metadata => new(null, Site.Description, "/")
    {
        StructuredData = [StructuredData.WebSite(Site, site.Value.Absolute(Request, "/"))],
    };
}
