using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Loading;
using KetamineInfo.Web.Publishing;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Cli;

/// <summary>
/// <c>sign-off ARTICLE --reviewer KEY</c>: records that a clinician approved an article's clinical content as
/// it reads now. It appends one entry (article, reviewer, today's date or --date, the content's fingerprint) to the end
/// of content/reviews.yml and touches nothing else. It refuses when the article has errors or the reviewer is
/// not in reviewers.yml: a sign-off must name a real reviewer and a page readers can see.
/// </summary>
internal sealed class SignOffCommand : Command
{
    private readonly Argument<string> _page = new("ARTICLE|PAGE")
    {
        Description = "The article, or the standalone page (its file name in content/pages without .md).",
    };

    private readonly Option<string> _reviewer = new("--reviewer")
    {
        HelpName = "KEY",
        Description = "The reviewer's key in content/reviewers.yml. Needed unless --show-changes.",
    };

    private readonly Option<DateOnly?> _date = new("--date")
    {
        HelpName = "YYYY-MM-DD",
        Description = "The day of the review, when an editor records one done on an earlier day (never a future day, nor "
            + "one before the page's newest recorded change). Today if not given.",
        CustomParser = result =>
        {
            if (result.Tokens is [var token] && DateOnly.TryParseExact(token.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            result.AddError("sign-off --date needs a day written YYYY-MM-DD, like: --date 2026-11-27");
            return null;
        },
    };

    private readonly Option<string> _language = new("--language")
    {
        HelpName = "LANG",
        Description = "A translation's language (es): signs off the translation with that file name (content/es/...), bound to its "
            + "own words, by a reviewer whose languages include it. English if not given.",
        DefaultValueFactory = _ => "en",
    };

    private readonly Option<bool> _showChanges = new("--show-changes")
    {
        Description = "Print what changed in the words since the last sign-off, so a re-review takes minutes. Records nothing.",
    };

    public SignOffCommand()
        : base("sign-off", "Records that a reviewer checked an article or standalone page as it reads now, at the end of "
            + "content/reviews.yml (with a copy of the words in content/signed); nothing else is changed. Commit both with "
            + "the page, and record every later change in its changes: list (editorial keeps the sign-off; clinical or "
            + "correction needs a new one).")
    {
        Add(_page);
        Add(_reviewer);
        Add(_date);
        Add(_language);
        Add(_showChanges);
        Validators.Add(ReviewerOrShowChanges);
    }

    public int Run(ParseResult parsed, IServiceProvider services)
    {
        var slug = parsed.GetRequiredValue(_page);
        var output = parsed.InvocationConfiguration.Output;
        var language = parsed.GetValue(_language) ?? "en";
        if (language != "en" && !Content.Model.Translation.Languages.Contains(language))
        {
            output.WriteLine(TerminalText.Escape($"sign-off stopped: '{language}' is not a language of this site (en, {string.Join(", ", Content.Model.Translation.Languages)})"));
            return 2;
        }

        return parsed.GetValue(_showChanges)
            ? ShowChanges(services, slug, language, output)
            : SignOff(services, slug, language, parsed.GetRequiredValue(_reviewer), parsed.GetValue(_date), output);
    }

    /// <summary>A sign-off names its reviewer; --show-changes records nothing, so a reviewer or date there is a mistake.</summary>
    private void ReviewerOrShowChanges(CommandResult result)
    {
        var showChanges = result.GetValue(_showChanges);
        if (showChanges && (result.GetResult(_reviewer) is not null || result.GetResult(_date) is not null))
        {
            result.AddError("sign-off --show-changes records nothing, so it takes no --reviewer or --date");
        }
        else if (!showChanges && result.GetResult(_reviewer) is null)
        {
            result.AddError("sign-off needs --reviewer KEY, a reviewer in content/reviewers.yml (or --show-changes, to see what changed since the last sign-off)");
        }
    }

    private static int SignOff(IServiceProvider services, string slug, string language, string reviewerKey, DateOnly? given, TextWriter output)
    {
        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var date = given ?? today;
        if (date > today)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sign-off stopped: {date:yyyy-MM-dd} is in the future; a sign-off records a review that has happened"));
            return 1;
        }

        var loader = services.GetRequiredService<ContentLoader>();
        var snapshot = loader.Load();
        // An article or a standalone page: the same kind of sign-off. An article's name wins if both exist.
        (string Kind, string Slug, string Title, string Path, Content.Model.IReviewedMetadata Metadata, string Fingerprint)? target =
            language != "en" ? Translated(snapshot, slug, language)
            : snapshot.ArticlesBySlug.TryGetValue(slug, out var article) ? ("article", article.Slug, article.Title, article.SourcePath, article.Metadata, article.Fingerprint)
            : snapshot.Pages.TryGetValue(slug, out var page) ? ("page", page.Slug, page.Title, page.SourcePath, page.Metadata, page.Fingerprint)
            : null;
        if (target is null && language != "en")
        {
            output.WriteLine(TerminalText.Escape($"sign-off stopped: there is no {language} translation '{slug}' without errors (translations: {string.Join(", ", snapshot.Translations.Values.Where(t => t.Language == language).Select(t => t.Slug).Order(StringComparer.Ordinal))}); run check"));
            return 1;
        }

        if (target is not { } signed)
        {
            var broken = snapshot.BrokenArticles.FirstOrDefault(b => b.Slug == slug);
            var pageErrors = snapshot.Diagnostics.Count(d => d.IsError && d.Path.EndsWith($"pages/{slug}.md", StringComparison.Ordinal));
            output.WriteLine(TerminalText.Escape(broken is not null
                ? $"sign-off stopped: {broken.SourcePath} has {broken.Errors} error(s); run check and fix them first, so the reviewer signs what readers will see"
                : pageErrors > 0
                ? $"sign-off stopped: pages/{slug}.md has {pageErrors} error(s); run check and fix them first, so the reviewer signs what readers will see"
                : $"sign-off stopped: there is no article or page '{slug}' (articles: {string.Join(", ", snapshot.ArticlesBySlug.Keys.Order(StringComparer.Ordinal))}; pages: {string.Join(", ", snapshot.Pages.Keys.Order(StringComparer.Ordinal))})"));
            return 1;
        }

        if (snapshot.Reviewers.FirstOrDefault(r => r.Key == reviewerKey) is not { } reviewer)
        {
            output.WriteLine(TerminalText.Escape($"sign-off stopped: no reviewer '{reviewerKey}' in reviewers.yml. Add the clinician there first, with their credentials, registration and conflicts of interest"));
            return 1;
        }

        if (!reviewer.Reads(language))
        {
            output.WriteLine(TerminalText.Escape($"sign-off stopped: {reviewer.Name} does not list '{language}' in languages in reviewers.yml; a translation is signed off only by a reviewer who reads it and its English"));
            return 1;
        }

        if (signed.Metadata.Changes.Count > 0 && signed.Metadata.Changes.Max(c => c.Date) > date)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sign-off stopped: {signed.Path} records a change on {signed.Metadata.Changes.Max(c => c.Date):yyyy-MM-dd}, after {date:yyyy-MM-dd}: the reviewer must have seen the words as they read now"));
            return 1;
        }

        var contentRoot = services.GetRequiredService<IOptions<ContentOptions>>().Value.ResolvePath();
        var ledger = Path.Combine(contentRoot, "reviews.yml");

        // A copy of the words signed, so check can tell a truly editorial change from one that changes a clinical fact.
        var copy = Path.Combine(contentRoot, Content.Model.SignOff.CopyPath(signed.Kind == "page", signed.Slug, language));
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.WriteAllText(copy, loader.ClinicalText(snapshot, signed.Slug, signed.Kind == "page", language)
            ?? throw new InvalidOperationException($"the words of {signed.Path} were not kept by the load"));
        Append(ledger, string.Create(CultureInfo.InvariantCulture,
            $"- {signed.Kind}: {signed.Slug}\n{(language == "en" ? string.Empty : $"  language: {language}\n")}  reviewer: {reviewer.Key}\n  date: {date:yyyy-MM-dd}\n  fingerprint: {signed.Fingerprint}\n"));
        output.WriteLine(TerminalText.Escape(string.Create(CultureInfo.InvariantCulture,
            $"signed off: {signed.Slug} ({signed.Title}) by {reviewer.Name}, {reviewer.Credentials}, on {date:yyyy-MM-dd}; recorded in {ledger}")));
        return 0;
    }

    /// <summary>
    /// <c>sign-off SLUG --show-changes</c>: what changed in the words since the reviewer last signed them, so a
    /// re-review takes minutes. Changes nothing.
    /// </summary>
    private static int ShowChanges(IServiceProvider services, string slug, string language, TextWriter output)
    {
        var loader = services.GetRequiredService<ContentLoader>();
        var snapshot = loader.Load();
        var isPage = language == "en"
            ? !snapshot.ArticlesBySlug.ContainsKey(slug) && snapshot.Pages.ContainsKey(slug)
            : !snapshot.Translations.ContainsKey(Content.Model.SitePaths.Translated(language, false, slug));
        var root = services.GetRequiredService<IOptions<ContentOptions>>().Value.ResolvePath();
        var copy = Path.Combine(root, Content.Model.SignOff.CopyPath(isPage, slug, language));
        if (!File.Exists(copy))
        {
            output.WriteLine(TerminalText.Escape($"no copy of signed words for '{slug}' ({Content.Model.SignOff.CopyPath(isPage, slug, language)}): it was never signed off, or before copies were kept"));
            return 1;
        }

        var changes = loader.ChangesSince(File.ReadAllText(copy), snapshot, slug, isPage, language);
        output.WriteLine(TerminalText.Escape($"{slug}: {changes.Count} changed line{(changes.Count == 1 ? string.Empty : "s")} since the last sign-off ({changes.Count(c => c.Clinical)} clinical)"));
        foreach (var (before, after, clinical) in changes)
        {
            output.WriteLine(clinical ? "  clinical:" : "  wording:");
            if (before is not null)
            {
                output.WriteLine(TerminalText.Escape($"    - {before}"));
            }

            if (after is not null)
            {
                output.WriteLine(TerminalText.Escape($"    + {after}"));
            }
        }

        return 0;
    }

    /// <summary>Adds the entry after the last byte of the file, on a line of its own; the rest stays as it was.</summary>
    private static void Append(string path, string entry)
    {
        var needsNewline = File.Exists(path) && new FileInfo(path).Length > 0 && LastByte(path) != '\n';
        using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        file.Write(Encoding.UTF8.GetBytes((needsNewline ? "\n" : string.Empty) + entry));
    }

    private static int LastByte(string path)
    {
        using var file = File.OpenRead(path);
        file.Seek(-1, SeekOrigin.End);
        return file.ReadByte();
    }

    // A translation readers see (no errors), article first, as the target of a sign-off in its language.
    private static (string Kind, string Slug, string Title, string Path, Content.Model.IReviewedMetadata Metadata, string Fingerprint)? Translated(
        Content.Model.ContentSnapshot snapshot, string slug, string language) =>
        snapshot.Translations.TryGetValue(Content.Model.SitePaths.Translated(language, false, slug), out var article)
            ? ("article", article.Slug, article.Title, article.SourcePath, article.Metadata, article.Fingerprint)
            : snapshot.Translations.TryGetValue(Content.Model.SitePaths.Translated(language, true, slug), out var page)
            ? ("page", page.Slug, page.Title, page.SourcePath, page.Metadata, page.Fingerprint)
            : null;
}
