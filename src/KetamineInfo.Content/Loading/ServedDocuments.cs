using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Parsing;

namespace KetamineInfo.Content.Loading;

/// <summary>
/// The articles and pages one load serves, by slug. A file that rendered, has front matter and no errors is served
/// as it reads now; any other keeps the version the previous snapshot served (with a KI0204 saying so), if there is one.
/// </summary>
internal sealed class ServedDocuments(ContentSnapshot? previous, List<Diagnostic> diagnostics)
{
    private readonly Dictionary<string, Article> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InfoPage> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Translation> _translations = new(StringComparer.Ordinal);

    /// <summary>The articles served, by slug: a view that cannot be changed through, handed to the snapshot.</summary>
    public IReadOnlyDictionary<string, Article> Articles => _articles.AsReadOnly();

    /// <summary>The pages served, by slug, as <see cref="Articles"/>.</summary>
    public IReadOnlyDictionary<string, InfoPage> Pages => _pages.AsReadOnly();

    /// <summary>The translations served, by their public address (<see cref="SitePaths.Translated"/>).</summary>
    public IReadOnlyDictionary<string, Translation> Translations => _translations.AsReadOnly();

    /// <summary>The English article or page served so far under <paramref name="slug"/>: its fingerprint and front matter.</summary>
    public (string Fingerprint, IReviewedMetadata Metadata)? Source(string slug, bool isPage) =>
        isPage
            ? _pages.TryGetValue(slug, out var page) ? (page.Fingerprint, page.Metadata) : null
            : _articles.TryGetValue(slug, out var article) ? (article.Fingerprint, article.Metadata) : null;

    /// <summary>
    /// Reports the file's diagnostics, then serves it or its last good version. <paramref name="body"/> is null where
    /// rendering failed; <paramref name="review"/> is null only where the front matter did not read.
    /// </summary>
    public void Serve(DocumentFile file, RenderedBody? body, ReviewStatus? review, (string Version, DateOnly LastModified)? source = null)
    {
        var doc = file.Document;
        var fresh = body is not null && !doc.Diagnostics.HasErrors ? file.Metadata : null;
        if (file.Kind.IsTranslation)
        {
            var address = SitePaths.Translated(file.Kind.Language, file.Kind.IsPage, doc.Slug);
            Keep(doc, fresh is TranslationMetadata translated
                ? new Translation(translated, body!, doc.Path, file.Kind.IsPage)
                {
                    Review = review ?? ReviewStatus.NotReviewed,
                    Fingerprint = ClinicalFingerprint.Of(doc, translated, body),
                    SourceVersion = source?.Version ?? string.Empty,
                    SourceLastModified = source?.LastModified,
                }
                : null, previous?.Translations, _translations, address);
        }
        else if (file.Kind.IsPage)
        {
            Keep(doc, fresh is InfoPageMetadata page ? new InfoPage(page, body!, doc.Path) { Review = review!, Fingerprint = ClinicalFingerprint.Of(doc, page, body) } : null,
                previous?.Pages, _pages);
        }
        else
        {
            Keep(doc, fresh is ArticleMetadata article ? new Article(article, body!, doc.Path) { Review = review!, Fingerprint = ClinicalFingerprint.Of(doc, article, body) } : null,
                previous?.ArticlesBySlug, _articles);
        }
    }

    private void Keep<T>(SourceDocument doc, T? fresh, IReadOnlyDictionary<string, T>? lastGood, Dictionary<string, T> into, string? key = null)
        where T : class
    {
        key ??= doc.Slug;
        diagnostics.AddRange(doc.Diagnostics.Items);
        if (fresh is not null)
        {
            into[key] = fresh;
        }
        else if (lastGood is not null && lastGood.TryGetValue(key, out var version))
        {
            into[key] = version;
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.StaleVersionServed, SourceLocation.StartOf(doc.Path),
                "the file has errors, so readers still see its last good version"));
        }
    }
}
