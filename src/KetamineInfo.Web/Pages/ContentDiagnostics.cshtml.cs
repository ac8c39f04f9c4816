using KetamineInfo.Content.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KetamineInfo.Web.Pages;

/// <summary>The current content diagnostics, for editors working locally. Absent outside Development.</summary>
public sealed class ContentDiagnosticsModel(ContentSnapshot snapshot, IWebHostEnvironment environment) : PageModel
{
    public ContentSnapshot Snapshot => snapshot;

    public IActionResult OnGet() => environment.IsDevelopment() ? Page() : NotFound();
}
