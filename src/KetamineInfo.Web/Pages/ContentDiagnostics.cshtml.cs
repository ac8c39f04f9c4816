using KetamineInfo.Content.Model;
using KetamineInfo.Web.Feedback;
using KetamineInfo.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KetamineInfo.Web.Pages;

/// <summary>
/// The current content diagnostics and what readers said per article, for editors working locally. Absent
/// outside Development. The content problems show even when the feedback store cannot be read.
/// </summary>
public sealed partial class ContentDiagnosticsModel(ContentSnapshot snapshot, IWebHostEnvironment environment, TimeProvider clock, ILogger<ContentDiagnosticsModel> logger) : PageModel
{
    public ContentSnapshot Snapshot => snapshot;

    /// <summary>Files with errors and which version of each readers get (the same words as /readyz).</summary>
    public IReadOnlyList<ServedFile> FilesWithErrors { get; } = ServedFiles.WithErrors(snapshot);

    /// <summary>What readers get from a file with errors; null for a file without.</summary>
    public ServedAs? ServedFrom(string path) => _served.Value.TryGetValue(path, out var served) ? served : null;

    private readonly Lazy<Dictionary<string, ServedAs>> _served = new(() => ServedFiles.WithErrors(snapshot).ToDictionary(f => f.Path, f => f.Served, StringComparer.Ordinal));

    /// <summary>The version readers see of each article and page, by source path.</summary>
    public IReadOnlyDictionary<string, string> Versions { get; } = ServedFiles.Versions(snapshot);

    /// <summary>The per-article summary, as the <c>feedback</c> command prints it; null when the store failed.</summary>
    public IReadOnlyList<ArticleFeedbackSummary>? Feedback { get; private set; }

    /// <summary>Where feedback is kept (or why it could not be read).</summary>
    public string FeedbackSource { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }

        try
        {
            // Resolved here, not in the constructor: a store that cannot even be made must not cost the page.
            var store = HttpContext.RequestServices.GetRequiredService<IFeedbackStore>();
            FeedbackSource = store.Description;
            Feedback = FeedbackSummary.Of(await store.ReadAsync(null, cancellationToken), snapshot, clock.GetUtcNow());
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            FeedbackSource = $"{ex.GetType().Name}: {ex.Message}";
            LogUnavailable(ex);
        }

        return Page();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feedback could not be read for /_content")]
    private partial void LogUnavailable(Exception exception);
}
