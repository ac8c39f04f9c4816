using System.Text.RegularExpressions;
using AngleSharp.Dom;
using KetamineInfo.Content.Model;
using KetamineInfo.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KetamineInfo.Web.Tests.Pages;

/// <summary>
/// The shipped Spanish edition carries no English page chrome: every English string of strings/en.yml and site.yml
/// (menus, crisis help, notices, feedback, search, errors, the scripts' words) is looked for on every Spanish page,
/// in its text and in the attributes people hear or see (labels, placeholders, descriptions, script words).
/// </summary>
public sealed partial class SpanishChromeTests(RealSiteFactory site) : IClassFixture<RealSiteFactory>
{
    [Fact]
    public async Task NoSpanishPage_ShowsAnEnglishStringOfThePageChrome()
    {
        var published = site.Services.GetRequiredService<KetamineInfo.Web.Publishing.PublishedSites>().Current;
        Assert.NotEmpty(published.Translations); // the edition exists, so this test means something
        var english = EnglishChrome(published.Snapshot);
        var client = site.CreateClient();
        var first = published.Translations[0];
        string[] extra =
        [
            SitePaths.SpanishSearch + "?q=ketamina", SitePaths.SpanishSearch + "?q=zzzzqqq",
            $"{SitePaths.SpanishFeedback}?article={Uri.EscapeDataString(KetamineInfo.Web.Feedback.FeedbackTarget.KeyOf(first))}&kind=error-report", "/es/no-existe",
        ];
        var paths = published.Routes.Where(r => r.Path.StartsWith(SitePaths.SpanishHome, StringComparison.Ordinal) && !r.Path.EndsWith(".json", StringComparison.Ordinal) && !r.Path.EndsWith(".xml", StringComparison.Ordinal))
            .Select(r => r.Path).Concat(extra).ToList();

        var found = new List<string>();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var page = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(), CancellationToken.None);
            Assert.True(page.DocumentElement.GetAttribute("lang") == "es", $"{path} is not marked Spanish");
            var said = Said(page);
            found.AddRange(english.Where(e => said.Contains(e, StringComparison.Ordinal)).Select(e => $"{path}: \"{e}\""));
        }

        Assert.True(found.Count == 0, "English chrome on Spanish pages:\n" + string.Join('\n', found.Distinct()));
    }

    // Every English chrome string, cut at its {placeholders}, as pieces of two words or more (one word, like "No",
    // can be Spanish too); a piece the Spanish words also use (a name) is not English chrome.
    private static List<string> EnglishChrome(ContentSnapshot snapshot)
    {
        var spanish = snapshot.StringsFor("es");
        var site = snapshot.Site;
        IEnumerable<string> values =
        [
            .. snapshot.Strings.Values.Values, site.Tagline, site.Description, site.ClinicianNotice, site.Crisis.Heading, site.Crisis.Intro,
            .. site.Crisis.Lines.Select(l => l.Text), .. site.Crisis.Quick.Select(q => q.Label),
        ];
        // The Spanish words as written (a key es.yml lacks falls back to the English, which is what this test looks for).
        var shared = spanish.Values.Where(p => p.Value != snapshot.Strings[p.Key]).Select(p => p.Value)
            .Concat([snapshot.TaglineFor("es"), snapshot.DescriptionFor("es"), snapshot.ClinicianNoticeFor("es")])
            .Concat(snapshot.CrisisFor("es").Lines.Select(l => l.Text)).ToList(); // a service's name ("Samaritans 116 123") in the Spanish lines
        return [.. values.SelectMany(v => Placeholder().Split(v))
            .Select(p => p.Trim(' ', ':', '.', ',', '“', '”', '"', '(', ')'))
            .Where(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2 && !shared.Any(s => s.Contains(p, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)];
    }

    // What a reader sees or hears on the page: its text and the attributes read aloud or shown, and the scripts' words.
    private static string Said(IDocument page)
    {
        // A source keeps its own title, in its own language ("Need help now?" is an NHS page's title): not chrome.
        foreach (var sources in page.QuerySelectorAll(".sources").ToList())
        {
            sources.Remove();
        }

        var attributes = page.QuerySelectorAll("[aria-label], [placeholder], [title], [alt], meta[name=description], meta[property^='og:']")
            .SelectMany(e => new[] { e.GetAttribute("aria-label"), e.GetAttribute("placeholder"), e.GetAttribute("title"), e.GetAttribute("alt"), e.GetAttribute("content") })
            .OfType<string>();
        var scriptWords = page.GetElementById("page-words")?.TextContent ?? string.Empty;
        return string.Join('\n', [page.Title ?? string.Empty, page.Body!.TextContent, .. attributes, System.Text.RegularExpressions.Regex.Unescape(scriptWords)]);
    }

    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex Placeholder();
}
