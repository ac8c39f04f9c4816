using KetamineInfo.Content.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using KetamineInfo.Web.Hosting;
using KetamineInfo.Web.Publishing;
using KetamineInfo.Web.Sharing;

namespace KetamineInfo.Web.Pages;

/// <summary>A standalone page from content/pages: /about, /questions, /accessibility and any an editor adds.</summary>
public sealed class ContentPageModel(PublishedSite published, IOptions<SiteOptions> site) : PageModel
{
    public InfoPage Document { get; private set; } = null!;

    public ShareLinks Share => new(Document.Title, Document.Summary, site.Value.Absolute(Request, PublishedSite.PagePath(Document.Slug)));

    public IActionResult OnGet(string slug)
    {
        if (published.FindPage(slug) is not { } page)
        {
            return NotFound();
        }

        Document = page;
        return Page();
    }
}
