using System.CommandLine;
using System.Globalization;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Loading;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Parsing;
using KetamineInfo.Content.Rules;
using KetamineInfo.Web.Publishing;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Cli;

/// <summary>
/// <c>check</c>: validates every content file and prints one line per problem in the format compilers use
/// (<c>path:line:col: error CODE: message</c>), errors before warnings, then a summary and a line per
/// article with its review dates (a broken article keeps its line, marked broken). Exit 1 on any error.
/// </summary>
internal sealed class CheckCommand : Command
{
    private readonly Option<bool> _warningsAsErrors = new("--warnings-as-errors")
    {
        Description = "Exit 1 on a warning too, not only on an error.",
    };

    private readonly Option<int?> _due = new("--due")
    {
        HelpName = "DAYS",
        Description = "Also print the editors' calendar: every article and page whose review falls within the next DAYS days "
            + "(0 to 3650) or has passed, soonest first, with who signed it last; every signed page changed since its "
            + "sign-off; every translation behind its English source; and every dated fact to check again.",
        CustomParser = DayCount.Parser(0, 3650, "check --due needs a number of days from 0 to 3650, like: check --due 90"),
    };

    private readonly Option<bool> _release = new("--release")
    {
        Description = "The check an organisation runs before going live: also list, by file, every page without a current "
            + "clinician sign-off, sign-offs whose words have changed, overdue reviews and facts, a publisher or contact "
            + "not named in site.yml, and references read only on a copy. Exits 1 while any is left, and says what would "
            + "make it pass.",
    };

    public CheckCommand()
        : base("check", "Checks every content file and prints each problem as path:line:column: severity CODE: message, errors "
            + "first, then a summary and a line per article. Exits 1 on an error (or, with --warnings-as-errors, a warning), "
            + "else 0; 2 when the arguments are wrong.")
    {
        Add(_warningsAsErrors);
        Add(_due);
        Add(_release);
    }

    public int Run(ParseResult parsed, IServiceProvider services) =>
        Run(services, parsed.GetValue(_warningsAsErrors), parsed.GetValue(_due), parsed.GetValue(_release), parsed.InvocationConfiguration.Output);

    private static int Run(IServiceProvider services, bool warningsAsErrors, int? dueDays, bool release, TextWriter output)
    {
        var loader = services.GetRequiredService<ContentLoader>();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var loaded = loader.Load();
        // The search vocabulary is read by search, not the loader; its problems are checked here with the rest.
        var content = services.GetRequiredKeyedService<IFileProvider>(ContentServices.ContentKey);
        var vocabulary = Translation.Languages.Prepend("en").SelectMany(language => SearchVocabularyReader.Read(content, language).Diagnostics).ToList();
        var snapshot = loaded with { Diagnostics = [.. loaded.Diagnostics, .. vocabulary, .. LoadTimeBudget(loader, System.Diagnostics.Stopwatch.GetElapsedTime(started))] };
        var ordered = snapshot.Diagnostics.OrderByDescending(d => d.IsError)
            .ThenBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column);
        foreach (var diagnostic in ordered)
        {
            output.WriteLine(diagnostic);
        }

        var errors = snapshot.Diagnostics.Count(d => d.IsError);
        var warnings = snapshot.Diagnostics.Count - errors;
        var broken = snapshot.BrokenArticles;
        output.WriteLine(string.Join(", ",
            Count(snapshot.ArticlesBySlug.Count + broken.Count, "article"), Count(snapshot.Pages.Count, "page"),
            Count(errors, "error"), Count(warnings, "warning")));
        foreach (var article in snapshot.ArticlesBySlug.Values.OrderBy(a => a.Metadata.Order))
        {
            var stats = article.Body.Statistics;
            var meta = article.Metadata;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {article.Slug}: {stats.Words} words, reading grade {stats.ReadingGrade:0.0}, {article.Body.Sources.Count} sources, {stats.Citations} citations, last reviewed {meta.LastReviewed:yyyy-MM-dd}, next review {meta.NextReview:yyyy-MM-dd}, {SignOff(article.Review)}{(meta.Draft ? " (draft)" : string.Empty)}"));
        }

        foreach (var article in broken)
        {
            output.WriteLine($"  {Content.Diagnostics.TerminalText.Escape(article.Slug)}: BROKEN, not published ({Count(article.Errors, "error")} above)");
        }

        // A Spanish translation's figure is INFLESZ, as its warning (KI0212) is: the English grade does not apply to Spanish.
        foreach (var translation in snapshot.Translations.Values.Where(t => t.Language == "es").OrderBy(t => t.SourcePath, StringComparer.Ordinal))
        {
            var reading = Content.Text.SpanishReadability.Measure(translation.Body.PlainText);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {translation.Language}/{translation.Slug}: {reading.Words} words, lectura INFLESZ {reading.Index:0.0} ({reading.Band}), translates {translation.Metadata.TranslationOf}{(translation.IsPage ? " (page)" : string.Empty)}"));
        }

        RecordPublished(snapshot, services.GetRequiredService<IOptions<ContentOptions>>().Value.ResolvePath(), output);

        if (dueDays is { } within)
        {
            WriteReviewCalendar(snapshot, services.GetRequiredService<TimeProvider>(), within, output);
        }

        var releaseBlocked = release
            && WriteRelease(snapshot, services.GetRequiredService<TimeProvider>(), output) > 0;
        return errors > 0 || (warningsAsErrors && warnings > 0) || releaseBlocked ? 1 : 0;
    }

    /// <summary>
    /// KI0131 when loading everything took longer than the budget: start-up and every reload would take as long.
    /// Named at the slowest file, with the five slowest and their times, since that is where to look.
    /// </summary>
    private static IEnumerable<Diagnostic> LoadTimeBudget(ContentLoader loader, TimeSpan took)
    {
        if (took <= loader.Limits.MaxLoadTime || loader.LastLoadTimes is not [var slowest, ..] times)
        {
            yield break;
        }

        var named = string.Join(", ", times.Take(5).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Path} {t.Time.TotalSeconds:0.0} s")));
        yield return Diagnostic.Create(DiagnosticCodes.LoadTooSlow, SourceLocation.StartOf(slowest.Path), string.Create(CultureInfo.InvariantCulture,
            $"loading all the content took {took.TotalSeconds:0.0} s, over the {loader.Limits.MaxLoadTime.TotalSeconds:0} s budget; the slowest files: {named}"));
    }

    /// <summary>
    /// Adds the address of every published article and page not yet in published.txt, so a later rename without an
    /// alias is caught (KI0209). Addresses are only ever added here; deleting one is an editor's decision.
    /// </summary>
    private static void RecordPublished(Content.Model.ContentSnapshot snapshot, string contentRoot, TextWriter output)
    {
        var path = Path.Combine(contentRoot, PublishedAddressRule.FileName);
        try
        {
            var existing = File.Exists(path) ? File.ReadAllText(path) : null;
            var listed = existing is null ? [] : PublishedAddressRule.Read(existing).Select(a => a.Address).ToHashSet(StringComparer.Ordinal);
            var fresh = snapshot.Articles.Select(a => PublishedAddressRule.ArticleAddress(a.Slug))
                .Concat(snapshot.Pages.Keys.Where(s => s != Content.Model.InfoPage.HomeSlug).Order(StringComparer.Ordinal).Select(PublishedAddressRule.PageAddress))
                .Where(a => !listed.Contains(a))
                .ToList();
            if (fresh.Count == 0)
            {
                return;
            }

            var text = new System.Text.StringBuilder(existing ?? PublishedHeader);
            if (text.Length > 0 && text[^1] != '\n')
            {
                text.Append('\n');
            }

            foreach (var address in fresh)
            {
                text.Append(address).Append('\n');
            }

            File.WriteAllText(path, text.ToString());
            output.WriteLine($"{PublishedAddressRule.FileName}: added {Count(fresh.Count, "new address", "new addresses")}; commit it with the content, so a later rename without an alias is caught");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            output.WriteLine(TerminalText.Escape($"{PublishedAddressRule.FileName} could not be updated ({ex.Message}); renames are still checked against the addresses it lists"));
        }
    }

    private const string PublishedHeader = """
        # Addresses this site has given readers: people share them, so each must keep answering.
        # `check` adds new ones. If you rename an article, give it the old name as an alias; if you withdraw a
        # page on purpose, delete its line here. Commit this file with the content.

        """;

    private static int WriteRelease(Content.Model.ContentSnapshot snapshot, TimeProvider clock, TextWriter output)
    {
        var blockers = ReleaseCheck.Find(snapshot, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (blockers.Count == 0)
        {
            output.WriteLine("Release check: ready to go live. Every page is signed off for the words it shows, nothing is overdue, and the publisher is named.");
            return 0;
        }

        output.WriteLine($"Release check: NOT ready to go live. {Count(blockers.Count, "thing")} to do first, by file:");
        foreach (var file in blockers.GroupBy(b => b.Path, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {Content.Diagnostics.TerminalText.Escape(file.Key)}");
            foreach (var blocker in file)
            {
                output.WriteLine($"    - {Content.Diagnostics.TerminalText.Escape(blocker.Problem)}");
            }
        }

        output.WriteLine("It passes when every item above is done; check --release then exits 0.");
        return blockers.Count;
    }

    /// <summary>
    /// One calendar of every duty: every article's and page's review due within the window (or overdue), with who signed
    /// it last; every signed page changed since its sign-off; every translation behind its English source; and every dated fact to recheck, soonest first.
    /// </summary>
    private static void WriteReviewCalendar(Content.Model.ContentSnapshot snapshot, TimeProvider clock, int days, TextWriter output)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var everyPage = snapshot.ArticlesBySlug.Values.Select(a => (Name: a.Slug, a.SourcePath, Meta: (Content.Model.IReviewedMetadata)a.Metadata, a.Review, a.Metadata.Draft))
            .Concat(snapshot.Pages.Values.Select(p => (Name: $"pages/{p.Slug}", p.SourcePath, Meta: (Content.Model.IReviewedMetadata)p.Metadata, p.Review, Draft: false)))
            // A translation has its own review dates and its own sign-off: es/SLUG, es/pages/SLUG.
            .Concat(snapshot.Translations.Values.Select(t => (Name: $"{t.Language}/{(t.IsPage ? "pages/" : string.Empty)}{t.Slug}", t.SourcePath, Meta: (Content.Model.IReviewedMetadata)t.Metadata, t.Review, Draft: false)))
            .ToList();
        var due = everyPage.Where(p => p.Meta.NextReview <= today.AddDays(days))
            .OrderBy(p => p.Meta.NextReview).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Reviews due by {today.AddDays(days):yyyy-MM-dd} ({Count(due.Count(p => !p.Name.Contains("pages/", StringComparison.Ordinal)), "article")}, {Count(due.Count(p => p.Name.Contains("pages/", StringComparison.Ordinal)), "page")}):"));
        foreach (var page in due)
        {
            var left = page.Meta.NextReview.DayNumber - today.DayNumber;
            var when = left < 0 ? $"overdue by {Count(-left, "day")}" : left == 0 ? "due today" : $"in {Count(left, "day")}";
            var signer = page.Review.SignOff is { } s ? $", last signed off by {s.Reviewer} on {s.Date:yyyy-MM-dd}" : ", never signed off";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {page.Meta.NextReview:yyyy-MM-dd}  {page.Name} ({when}{signer}){(page.Draft ? ", draft" : string.Empty)}"));
        }

        var changed = everyPage.Where(p => p.Review.State == Content.Model.ReviewState.ChangedSinceReview)
            .OrderBy(p => p.Review.SignOff!.Date).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        output.WriteLine($"Changed since their sign-off, awaiting re-review ({Count(changed.Count, "page")}):");
        foreach (var page in changed)
        {
            var language = page.Review.SignOff!.Language;
            var slug = page.Name[(page.Name.LastIndexOf('/') + 1)..];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {page.Review.SignOff!.Date:yyyy-MM-dd}  {page.Name} (signed off by {page.Review.SignOff.Reviewer}; run: sign-off {slug}{(language == "en" ? string.Empty : $" --language {language}")} --reviewer {page.Review.SignOff.Reviewer})"));
        }

        // A translation behind its source is due now, whatever the window: its readers are already told.
        var behind = snapshot.Translations.Values.Where(t => t.IsBehind)
            .OrderBy(t => t.SourceLastModified).ThenBy(t => t.SourcePath, StringComparer.Ordinal).ToList();
        output.WriteLine($"Translations behind their English source ({Count(behind.Count, "translation")}):");
        foreach (var t in behind)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {t.SourceLastModified:yyyy-MM-dd}  {t.SourcePath} ({(t.IsPage ? "pages/" : string.Empty)}{t.Metadata.TranslationOf} changed; translated from {t.Metadata.TranslatedFrom}, now {t.SourceVersion})"));
        }

        var facts = snapshot.ArticlesBySlug.Values.SelectMany(a => a.Body.DatedFacts.Select(f => (Fact: f, a.SourcePath)))
            .Concat(snapshot.Pages.Values.SelectMany(p => p.Body.DatedFacts.Select(f => (Fact: f, p.SourcePath))))
            .Concat(snapshot.Translations.Values.SelectMany(t => t.Body.DatedFacts.Select(f => (Fact: f, t.SourcePath))))
            .Where(f => f.Fact.Recheck <= today.AddDays(days))
            .OrderBy(f => f.Fact.Recheck).ThenBy(f => f.SourcePath, StringComparer.Ordinal).ThenBy(f => f.Fact.Line).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Dated facts to check by {today.AddDays(days):yyyy-MM-dd} ({Count(facts.Count, "fact")}):"));
        foreach (var (fact, path) in facts)
        {
            var left = fact.Recheck.DayNumber - today.DayNumber;
            var when = left < 0 ? $"overdue by {Count(-left, "day")}" : left == 0 ? "due today" : $"in {Count(left, "day")}";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {fact.Recheck:yyyy-MM-dd}  {path}:{fact.Line}:{fact.Column} ({when})"));
        }
    }

    private static string SignOff(Content.Model.ReviewStatus review) => review switch
    {
        { State: Content.Model.ReviewState.Reviewed, SignOff: { } s } => string.Create(CultureInfo.InvariantCulture, $"signed off by {s.Reviewer} on {s.Date:yyyy-MM-dd}"),
        { State: Content.Model.ReviewState.ChangedSinceReview, SignOff: { } s } => string.Create(CultureInfo.InvariantCulture, $"changed since {s.Reviewer}'s sign-off of {s.Date:yyyy-MM-dd}"),
        _ => "no clinical sign-off",
    };

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");

    private static string Count(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");
}
