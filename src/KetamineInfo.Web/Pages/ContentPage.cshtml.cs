using KetamineInfo.Content.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KetamineInfo.Web.Pages;

/// <summary>A standalone page from content/pages: /about, /questions, /accessibility and any an editor adds.</summary>
public sealed class ContentPageModel(ContentSnapshot content) : PageModel
{
    public InfoPage Document { get; private set; } = null!;

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
