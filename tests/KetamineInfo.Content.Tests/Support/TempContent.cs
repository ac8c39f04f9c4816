using KetamineInfo.Content.Loading;
using KetamineInfo.Content.Model;
using Microsoft.Extensions.FileProviders;

namespace KetamineInfo.Content.Tests.Support;

/// <summary>A content folder on disk for one test, with a valid site.yml and references.yml to start from.</summary>
internal sealed class TempContent : IDisposable
{
    public const string SiteYml = """
        name: Test Site
        tagline: A test
        description: A site for tests.
        clinician_notice: Talk to your clinician.
        reading_grade_limit: 20
        banned_words: [cure, miracle, completely safe]
        crisis:
          heading: Need help now?
          intro: Get help.
          lines:
            - region: US
              text: Call or text 988
              href: tel:988
          directory:
            text: Other countries
            href: https://findahelpline.com
        """;

    public const string ReferencesYml = """
        SMITH2021:
          authors: Smith A, Jones B
          title: A trial of something
          container: J Test Med 2021;1:1-2
          year: 2021
          doi: 10.1000/test.1
        FDA-LABEL:
          authors: US FDA
          title: A label
          container: FDA
          url: https://www.fda.gov/label
        NICE-TA:
          authors: NICE
          title: An appraisal
          pmid: "12345678"
        """;

    public TempContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "ki-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "articles"));
        Directory.CreateDirectory(Path.Combine(Root, "pages"));
        Write("site.yml", SiteYml);
        Write("references.yml", ReferencesYml);
        Write("glossary.yml", "- term: Dissociation\n  aliases: [dissociative]\n  definition: Feeling cut off from your body.\n");
    }

    public string Root { get; }

    public static DateTimeOffset Today { get; } = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public TempContent Write(string relativePath, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Root, relativePath))!);
        File.WriteAllText(Path.Combine(Root, relativePath), text);
        return this;
    }

    public TempContent Article(string slug, string body, string? frontMatter = null) =>
        Write($"articles/{slug}.md", $"---\n{frontMatter ?? ValidFrontMatter(slug)}\n---\n{body}");

    public static string ValidFrontMatter(string slug, int order = 1) => $"""
        title: Title of {slug}
        summary: Summary of {slug}.
        order: {order}
        last_reviewed: 2026-11-25
        next_review: 2027-11-25
        reviewed_by:
        """;

    public ContentLoader Loader(ContentLimits? limits = null, TimeProvider? clock = null, bool draftsServed = true) =>
        new(new PhysicalFileProvider(Root), clock ?? new FixedClock(Today), "content", limits, draftsServed: draftsServed);

    public ContentSnapshot Load(ContentSnapshot? previous = null) => Loader().Load(previous);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder; the OS temp cleaner will get it.
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
