using KetamineInfo.Content.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using KetamineInfo.Web.Hosting;
using KetamineInfo.Web.Sharing;

namespace KetamineInfo.Web.Pages;

/// <summary>A standalone page from content/pages: /about, /questions, /accessibility and any an editor adds.</summary>
public sealed class ContentPageModel(ContentSnapshot content, IOptions<SiteOptions> site) : PageModel
{
    public InfoPage Document { get; private set; } = null!;

    public ShareLinks Share => new(Document.Title, Document.Summary, site.Value.Absolute(Request, $"/{Document.Slug}"));

    public IActionResult OnGet(string slug)
    {
        if (!content.Pages.TryGetValue(slug, out var page))
        {
            return NotFound();
        }

        Document = page;
        return Page();
    }
}
