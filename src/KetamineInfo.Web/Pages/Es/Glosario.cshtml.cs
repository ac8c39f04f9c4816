using KetamineInfo.Content.Model;
using KetamineInfo.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KetamineInfo.Web.Pages.Es;

/// <summary>The Spanish glossary (<c>/es/glosario</c>): the terms Spanish pages link to. It exists once the edition and its glossary do.</summary>
public sealed class GlosarioModel(PublishedSite published) : PageModel
{
    public IReadOnlyList<GlossaryTerm> Terms { get; } = published.SpanishGlossary;

    public IActionResult OnGet() => Terms.Count == 0 ? NotFound() : Page();
}
