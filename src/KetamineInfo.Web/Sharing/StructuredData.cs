using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using KetamineInfo.Content.Model;

namespace KetamineInfo.Web.Sharing;

/// <summary>
/// schema.org JSON-LD for search engines. Serialized with System.Text.Json's default encoder, which escapes
/// '&lt;', '&gt;' and '&amp;', so no value (a title with "&lt;/script&gt;", say) can leave the script element.
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Default,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(object value) => JsonSerializer.Serialize(value, Options);

    // Dictionary entries ignore JsonIgnoreCondition, so absent values are dropped here.
    private static Dictionary<string, object?> WithoutNulls(Dictionary<string, object?> values) =>
        values.Where(v => v.Value is not null).ToDictionary();

    public static object WebSite(SiteSettings site, string homeUrl) => WithoutNulls(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = site.Name,
        ["description"] = site.Description,
        ["url"] = homeUrl,
        ["inLanguage"] = "en",
        ["publisher"] = Organization(site.Publisher),
    });

    // Only a publisher site.yml names: no organisation is made up for search engines either.
    private static Dictionary<string, object>? Organization(Publisher publisher) => publisher.IsNamed
        ? new Dictionary<string, object>
        {
            ["@type"] = "Organization",
            ["name"] = publisher.Name!,
            [publisher.Contact!.StartsWith("https://", StringComparison.Ordinal) ? "url" : "email"] = publisher.Contact!,
        }
        : null;

    public static object MedicalWebPage(Article article, string url, string homeUrl, string siteName, Publisher? publisher = null)
    {
        var meta = article.Metadata;
        var page = Page(meta.Title, meta.Summary, url, "en", meta.LastReviewed, meta.LastModified, article.Body, homeUrl, siteName, publisher);
        // Only while a clinician's sign-off holds for these words: never a review the page cannot show.
        page["lastReviewed"] = article.Review.Valid is { } signOff ? Iso(signOff.Date) : null;
        page["reviewedBy"] = article.Review is { Valid: not null, Reviewer: { } reviewer }
            ? new Dictionary<string, object> { ["@type"] = "Person", ["name"] = reviewer.Name, ["honorificSuffix"] = reviewer.Credentials, ["jobTitle"] = reviewer.Role }
            : null;
        page["about"] = new object[]
        {
            new Dictionary<string, object> { ["@type"] = "Drug", ["name"] = "Ketamine" },
            new Dictionary<string, object> { ["@type"] = "Drug", ["name"] = "Esketamine" },
        };
        return WithoutNulls(page);
    }

    /// <summary>
    /// A translated page: the same kind of page in its own language (<c>inLanguage</c>), naming the English page it
    /// translates (<c>translationOfWork</c>). No reviewer: a translation has no sign-off of its own yet.
    /// </summary>
    public static object TranslatedWebPage(Translation translation, string url, string englishUrl, string homeUrl, string siteName, Publisher? publisher = null)
    {
        var meta = translation.Metadata;
        var page = Page(meta.Title, meta.Summary, url, translation.Language, meta.LastReviewed, meta.LastModified, translation.Body, homeUrl, siteName, publisher);
        page["translationOfWork"] = new Dictionary<string, object> { ["@type"] = "MedicalWebPage", ["url"] = englishUrl, ["inLanguage"] = "en" };
        return WithoutNulls(page);
    }

    // What every page readers can open says of itself, in whichever language.
    private static Dictionary<string, object?> Page(string title, string summary, string url, string language, DateOnly lastReviewed, DateOnly lastModified, RenderedBody body, string homeUrl, string siteName, Publisher? publisher) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "MedicalWebPage",
        ["name"] = title,
        ["headline"] = title,
        ["description"] = summary,
        ["url"] = url,
        ["inLanguage"] = language,
        ["datePublished"] = Iso(lastReviewed),
        ["dateModified"] = Iso(lastModified),
        ["audience"] = new Dictionary<string, object> { ["@type"] = "PeopleAudience", ["audienceType"] = "Patient" },
        ["isPartOf"] = new Dictionary<string, object> { ["@type"] = "WebSite", ["name"] = siteName, ["url"] = homeUrl },
        ["publisher"] = publisher is null ? null : Organization(publisher),
        ["citation"] = body.Sources.Select(s => Citation(s.Reference)).ToArray(),
    };

    public static object Breadcrumbs(params (string Name, string Url)[] trail) => new Dictionary<string, object>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "BreadcrumbList",
        ["itemListElement"] = trail.Select((step, i) => new Dictionary<string, object>
        {
            ["@type"] = "ListItem",
            ["position"] = i + 1,
            ["name"] = step.Name,
            ["item"] = step.Url,
        }).ToArray(),
    };

    private static Dictionary<string, object?> Citation(Reference reference) => WithoutNulls(new()
    {
        ["@type"] = "CreativeWork",
        ["name"] = reference.Title,
        ["author"] = reference.Authors,
        ["publisher"] = reference.Container,
        ["datePublished"] = reference.Year?.ToString(CultureInfo.InvariantCulture),
        ["url"] = reference.Link,
    });

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
