using System.Collections.ObjectModel;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Files;
using KetamineInfo.Content.Markdown;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Parsing;
using KetamineInfo.Content.Rendering;
using KetamineInfo.Content.Rules;
using Markdig;
using Microsoft.Extensions.FileProviders;

namespace KetamineInfo.Content.Loading;

/// <summary>
/// Reads the content folder into a new <see cref="ContentSnapshot"/>. A file that fails to read, parse or
/// validate keeps its version from <c>previous</c> (if there is one); nothing else is affected.
/// <paramref name="siteFileExists"/> answers whether a site path (an image's <c>/images/x.png</c>) exists
/// in the web root; without it, image paths are not checked. <paramref name="draftsServed"/> says whether
/// readers can see drafts here; where they cannot, a link to a draft is an error.
/// </summary>
public sealed class ContentLoader(
    IFileProvider provider,
    TimeProvider clock,
    string displayRoot = "content",
    ContentLimits? limits = null,
    Func<string, bool>? siteFileExists = null,
    bool draftsServed = true)
{
    private readonly MarkdownPipeline _pipeline = MarkdownPipelineFactory.Create();
    private readonly ContentLimits _limits = limits ?? ContentLimits.Default;
    private readonly ContentFiles _files = new(provider, displayRoot, (limits ?? ContentLimits.Default).MaxFileBytes, (limits ?? ContentLimits.Default).MaxFiles);
    private RenderCache _cache = RenderCache.Empty;
    private IReadOnlyDictionary<string, SourceDocument> _parsed = new Dictionary<string, SourceDocument>();

    /// <summary>The bounds this loader works to.</summary>
    public ContentLimits Limits => _limits;

    /// <summary>How many files the last load rendered, and how many it reused unchanged (see <see cref="RenderCache"/>).</summary>
    public (int Rendered, int Reused) LastLoadCounts => Volatile.Read(ref _cache).Counts;

    /// <summary>
    /// The words a sign-off of this article or page approves, as the fingerprint reads them, from the last load:
    /// the sign-off command keeps a copy, so a later "editorial" change can be checked against what was signed.
    /// </summary>
    public string? ClinicalText(ContentSnapshot snapshot, string slug, bool isPage, string language = "en")
    {
        (IReviewedMetadata Metadata, RenderedBody Body, string Path)? found = language != "en"
            ? snapshot.Translations.TryGetValue(SitePaths.Translated(language, isPage, slug), out var translation) ? (translation.Metadata, translation.Body, translation.SourcePath) : null
            : isPage
            ? snapshot.Pages.TryGetValue(slug, out var page) ? (page.Metadata, page.Body, page.SourcePath) : null
            : snapshot.ArticlesBySlug.TryGetValue(slug, out var article) ? (article.Metadata, article.Body, article.SourcePath) : null;
        return found is { } f && Volatile.Read(ref _parsed).TryGetValue(f.Path, out var document)
            ? ClinicalFingerprint.TextOf(document, f.Metadata, f.Body)
            : null;
    }

    /// <summary>
    /// What changed in an article's or page's words since the copy kept at its last sign-off, line by line (before,
    /// after; null for a line added or removed), each marked clinical or not: what a reviewer reads to re-sign.
    /// </summary>
    public IReadOnlyList<(string? Before, string? After, bool Clinical)> ChangesSince(string signedCopy, ContentSnapshot snapshot, string slug, bool isPage, string language = "en")
    {
        if (ClinicalText(snapshot, slug, isPage, language) is not { } now)
        {
            return [];
        }

        var clinical = SignedWordsDiff.ClinicalChanges(signedCopy, now).ToHashSet();
        return [.. SignedWordsDiff.AllChanges(signedCopy, now).Select(c => (c.Before, c.After, clinical.Contains(c)))];
    }

    /// <summary>
    /// How long each file took to read, parse and render in the last load (a file reused unchanged counts its
    /// lookup), slowest first: what <c>check</c> names when the whole load is over <see cref="ContentLimits.MaxLoadTime"/>.
    /// </summary>
    public IReadOnlyList<(string Path, TimeSpan Time)> LastLoadTimes =>
        [.. Volatile.Read(ref _times).OrderByDescending(t => t.Value).Select(t => (t.Key, t.Value))];

    private Dictionary<string, TimeSpan> _times = [];
    private Dictionary<string, TimeSpan> _loadTimes = [];

    public ContentSnapshot Load(ContentSnapshot? previous = null)
    {
        _loadTimes = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var inputs = new RenderCache.SiteInputs().Add("today", today.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Add("drafts", draftsServed.ToString());
        var site = ReadYaml("site.yml", SiteSettingsReader.Read, diagnostics, inputs: inputs) ?? previous?.Site ?? SiteSettingsFallback.Value;
        var references = ReadYaml("references.yml", ReferencesReader.Read, diagnostics, keepPrevious: r => r.Count > 0, inputs: inputs)
            ?? previous?.References ?? ReadOnlyDictionary<string, Reference>.Empty;
        var glossary = ReadYaml("glossary.yml", GlossaryReader.Read, diagnostics, keepPrevious: g => g.Count > 0, inputs: inputs)
            ?? previous?.Glossary ?? [];
        // Not required: without the file, the words shipped with the build are used (they are the same file).
        var strings = ReadYaml(SiteStrings.FileName, (yaml, bag) => SiteStringsReader.Read(yaml, bag, SiteStringsReader.Shipped), diagnostics, required: false, inputs: inputs)
            ?? previous?.Strings ?? SiteStringsReader.Shipped;
        var translatedStrings = ReadTranslatedStrings(previous, diagnostics, inputs);
        var translatedGlossaries = ReadEachLanguage("glossary.yml", GlossaryReader.Read, previous?.TranslatedGlossaries, diagnostics, inputs, keepPrevious: g => g.Count > 0);
        var translatedSites = ReadEachLanguage("site.yml", SiteSettingsReader.ReadTranslated, previous?.TranslatedSites, diagnostics, inputs);

        var reviewers = ReadYaml("reviewers.yml", ReviewersReader.Read, diagnostics, required: false, inputs: inputs) ?? previous?.Reviewers ?? [];
        var signOffs = ReadYaml(SignOffsReader.FileName, SignOffsReader.Read, diagnostics, required: false, inputs: inputs) ?? [];
        var ledger = new DiagnosticBag(_files.DisplayPath(SignOffsReader.FileName));
        var reviews = new ClinicalReviews(signOffs, reviewers, ledger,
            signOff => _files.ReadText(SignOff.CopyPath(signOff.IsPage, signOff.Slug, signOff.Language), [], required: false));

        var options = ReadYaml(TreatmentOptionsReader.FileName, (yaml, bag) => TreatmentOptionsReader.Read(yaml, bag, references), diagnostics, required: false, inputs: inputs)
            ?? previous?.TreatmentOptions;
        var values = ReadYaml(ValuesExerciseReader.FileName, ValuesExerciseReader.Read, diagnostics, required: false, inputs: inputs) ?? previous?.ValuesExercise;
        var parsers = Parsers(new DecisionData(options, values, strings), strings, translatedStrings, references, diagnostics, inputs);

        var reusedDocs = new HashSet<SourceDocument>();
        var files = ReadDocuments(parsers, diagnostics, Volatile.Read(ref _parsed), reusedDocs);
        reviews.CheckLedger(SlugsOf(files, DocumentKind.Article), SlugsOf(files, DocumentKind.Page),
            files.Where(f => f.Kind.IsTranslation).GroupBy(f => (f.Kind.Language, f.Kind.IsPage)).ToDictionary(g => g.Key, g => g.Select(f => f.Slug).ToHashSet(StringComparer.Ordinal)));
        var links = SiteLinkTargets.Build(
            files.Where(f => f.Kind == DocumentKind.Article).ToDictionary(f => f.Document, f => f.Metadata as ArticleMetadata), previous, draftsServed);
        var siteInputs = inputs.Add("links", links.Signature()).Fingerprint();
        var lastCache = Volatile.Read(ref _cache);
        var cache = new RenderCache();
        var rendered = new List<RenderedBody>(); // every body that rendered, broken or not: its citations count

        var context = new RenderContext(
            references,
            links,
            new GlossaryMatcher(glossary),
            siteFileExists ?? (_ => true));
        // A translation links the terms of its own language's glossary (es/glossary.yml) to that glossary; without one, none.
        var contexts = translatedGlossaries.ToDictionary(g => g.Key, g => context with { Glossary = new GlossaryMatcher(g.Value, g.Key) });
        var renderer = new BodyRenderer(_pipeline, strings);
        // A translation's boxes are labelled in its language (body.* in strings/es.yml; a key it lacks, in English).
        var renderers = translatedStrings.ToDictionary(t => t.Key, t => new BodyRenderer(_pipeline, t.Value.Over(strings)));
        var rules = RuleSettings.For(site, today, translatedSites);
        var served = new ServedDocuments(previous, diagnostics);
        var translations = new TranslationRule(SlugsOf(files, DocumentKind.Article), SlugsOf(files, DocumentKind.Page));

        // One pass: every article, then every page, through the same stages.
        for (var i = 0; i < files.Count; i++)
        {
            var hit = lastCache.Find(files[i].Document.Path, files[i].Document.Text, siteInputs);
            if (hit is null && reusedDocs.Contains(files[i].Document))
            {
                files[i] = files[i] with { Document = Reparse(files[i].Document, parsers[files[i].Kind.Language]) };
            }

            var (kind, doc, metadata) = files[i];
            var before = doc.Diagnostics.Items.Count;
            if ((hit?.Body ?? Render(renderers.GetValueOrDefault(kind.Language) ?? renderer, doc, contexts.GetValueOrDefault(kind.Language) ?? context,
                linkGlossary: !kind.IsTranslation || contexts.ContainsKey(kind.Language))) is not { } body)
            {
                served.Serve(files[i], body: null, review: null);
                continue;
            }

            rendered.Add(body);

            // The review status is worked out every time: its KI0123 is reported on the sign-off, not the file.
            // A translation has its own sign-off, bound to its own words; it never borrows the English page's.
            var review = metadata is { } read ? reviews.StatusOf(doc, read, body, kind.IsPage, kind.Language) : null;
            if (hit is not null)
            {
                doc.Diagnostics.AddRange(hit.Diagnostics);
            }
            else
            {
                ContentRules.Check(new RuleInput(doc, body, metadata, kind.IsPage, rules, review));
            }

            cache.Add(doc.Path, hit ?? new RenderCache.Entry(doc.Text, siteInputs, body, [.. doc.Diagnostics.Items.Skip(before)]), reused: hit is not null);

            // Never cached: whether a translation is behind depends on its English source, another file.
            var source = metadata is TranslationMetadata translated
                ? translations.Check(doc, translated, kind.IsPage, served.Source(translated.TranslationOf, kind.IsPage))
                : null;
            served.Serve(files[i], body, review, source);
        }

        UntranslatedStringsRule.Check(served.Translations.Values, translatedStrings, strings, _files.DisplayPath, diagnostics);
        UntranslatedStringsRule.CheckSite(served.Translations.Values, translatedSites, _files.DisplayPath, diagnostics);
        diagnostics.AddRange(ledger.Items);
        diagnostics.AddRange(reviews.Findings);
        Volatile.Write(ref _cache, cache);
        Volatile.Write(ref _times, _loadTimes);
        Volatile.Write(ref _parsed, files.Select(f => f.Document).Where(d => d.Text.Length > 0).ToDictionary(d => d.Path, StringComparer.Ordinal));

        var (articles, pages) = (served.Articles, served.Pages);
        var aliases = links.Aliases.Where(a => articles.ContainsKey(a.Value)).ToDictionary();
        diagnostics.AddRange(PublishedAddressRule.Check(
            _files.ReadText(PublishedAddressRule.FileName, diagnostics, required: false),
            _files.DisplayPath(PublishedAddressRule.FileName),
            address => Answers(address, articles, aliases, pages)));

        // A broken file still cites what it cites, and so does the last good version served in its place.
        diagnostics.AddRange(UncitedReferenceRule.Check(references,
            rendered.Concat(articles.Values.Select(a => a.Body)).Concat(pages.Values.Select(p => p.Body)), _files.DisplayPath("references.yml")));
        return new ContentSnapshot
        {
            Version = (previous?.Version ?? 0) + 1,
            LoadedAt = clock.GetUtcNow(),
            Site = site,
            Articles = [.. articles.Values.Where(a => !a.Metadata.Draft).OrderBy(a => a.Metadata.Order).ThenBy(a => a.Slug, StringComparer.Ordinal)],
            ArticlesBySlug = articles,
            Aliases = aliases.AsReadOnly(),
            Pages = pages,
            Translations = served.Translations,
            Glossary = glossary,
            Strings = strings,
            TranslatedStrings = translatedStrings.ToDictionary(t => t.Key, t => t.Value.Over(strings)).AsReadOnly(),
            TranslatedSites = translatedSites.AsReadOnly(),
            TranslatedGlossaries = translatedGlossaries.AsReadOnly(),
            References = references,
            Reviewers = reviewers,
            TreatmentOptions = options,
            ValuesExercise = values,
            Diagnostics = diagnostics.AsReadOnly(),
            BrokenArticles = [.. files.Where(f => f.Kind == DocumentKind.Article && !articles.ContainsKey(f.Slug)).OrderBy(f => f.Slug, StringComparer.Ordinal)
                .Select(f => new BrokenArticle(f.Slug, f.Document.Path, f.Document.Diagnostics.Items.Count(i => i.IsError)))],
        };
    }

    // One file per translation language (es/glossary.yml, es/site.yml), none required; one that does not read keeps its last good version.
    private Dictionary<string, T> ReadEachLanguage<T>(string file, Func<string, DiagnosticBag, T?> read, IReadOnlyDictionary<string, T>? previous,
        List<Diagnostic> diagnostics, RenderCache.SiteInputs inputs, Func<T, bool>? keepPrevious = null)
        where T : class
    {
        var found = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var language in Translation.Languages)
        {
            if ((ReadYaml($"{language}/{file}", read, diagnostics, keepPrevious, required: false, inputs: inputs) ?? previous?.GetValueOrDefault(language)) is { } value)
            {
                found[language] = value;
            }
        }

        return found;
    }

    // A parser per language. A translation's shared safety words and decision data are its language's own (es/shared,
    // es/decision): a Spanish page never borrows English safety words. Not there yet: the page says which file is missing.
    private Dictionary<string, DocumentParser> Parsers(DecisionData english, SiteStrings strings, Dictionary<string, SiteStrings> translatedStrings,
        IReadOnlyDictionary<string, Reference> references, List<Diagnostic> diagnostics, RenderCache.SiteInputs inputs)
    {
        var parsers = new Dictionary<string, DocumentParser>(StringComparer.Ordinal)
        {
            ["en"] = new DocumentParser(_pipeline, english, ReadShared(string.Empty, diagnostics, inputs)),
        };
        foreach (var language in Translation.Languages)
        {
            var prefix = language + "/";
            var options = ReadYaml(prefix + TreatmentOptionsReader.FileName, (yaml, bag) => TreatmentOptionsReader.Read(yaml, bag, references), diagnostics, required: false, inputs: inputs);
            var values = ReadYaml(prefix + ValuesExerciseReader.FileName, ValuesExerciseReader.Read, diagnostics, required: false, inputs: inputs);
            var words = translatedStrings.GetValueOrDefault(language)?.Over(strings) ?? strings;
            parsers[language] = new DocumentParser(_pipeline, new DecisionData(options, values, words, language, prefix), ReadShared(prefix, diagnostics, inputs));
        }

        return parsers;
    }

    // Each language's words (strings/es.yml), as written: keys it lacks are filled from the English when the snapshot is made.
    // A site input, as en.yml is: a translation's boxes are labelled with these words.
    private Dictionary<string, SiteStrings> ReadTranslatedStrings(ContentSnapshot? previous, List<Diagnostic> diagnostics, RenderCache.SiteInputs inputs)
    {
        var read = new Dictionary<string, SiteStrings>(StringComparer.Ordinal);
        foreach (var language in Translation.Languages)
        {
            var file = SiteStrings.FileNameFor(language);
            if (_files.ReadText(file, [], required: false) is null)
            {
                continue;
            }

            if ((ReadYaml(file, (yaml, bag) => SiteStringsReader.Read(yaml, bag, SiteStringsReader.Shipped, partial: true), diagnostics, inputs: inputs)
                ?? previous?.TranslatedStrings.GetValueOrDefault(language)) is { } words)
            {
                read[language] = words;
            }
        }

        return read;
    }

    private static HashSet<string> SlugsOf(List<DocumentFile> files, DocumentKind kind) =>
        files.Where(f => f.Kind == kind).Select(f => f.Slug).ToHashSet(StringComparer.Ordinal);

    // Whether readers get a page at a published address: a published article (by name or alias) or a standalone page.
    private static bool Answers(string address, IReadOnlyDictionary<string, Article> articles, Dictionary<string, string> aliases, IReadOnlyDictionary<string, InfoPage> pages)
    {
        if (address.StartsWith(SitePaths.ArticlesFolder, StringComparison.Ordinal))
        {
            var name = address[SitePaths.ArticlesFolder.Length..];
            var slug = aliases.GetValueOrDefault(name, name);
            return articles.TryGetValue(slug, out var article) && !article.Metadata.Draft;
        }

        return address.StartsWith('/') && pages.ContainsKey(address[1..]) && address[1..] != InfoPage.HomeSlug;
    }

    // A translation's words are looked up in its own language's glossary, or in none: never the English one.
    private RenderedBody? Render(BodyRenderer renderer, SourceDocument doc, RenderContext context, bool linkGlossary = true)
    {
        var started = clock.GetTimestamp();
        try
        {
            var body = renderer.Render(doc, context, new ProcessingBudget(clock, _limits.MaxProcessingTime, "rendering"), linkGlossary);
            var bytes = System.Text.Encoding.UTF8.GetByteCount(body.Html) + (body.KeyFactsHtml is { } facts ? System.Text.Encoding.UTF8.GetByteCount(facts) : 0);
            if (bytes > _limits.MaxRenderedBytes)
            {
                // Still returned, so its citations count; the error keeps readers on the last good version.
                doc.Diagnostics.Add(DiagnosticCodes.RenderedTooLarge, 1, 1,
                    $"the page renders to {Megabytes(bytes)} of HTML, over the {Megabytes(_limits.MaxRenderedBytes)} a page may be: split it into several pages or shorten its tables and lists");
            }

            return body;
        }
        catch (ProcessingBudgetExceededException ex)
        {
            doc.Diagnostics.Add(DiagnosticCodes.OverTimeBudget, 1, 1, OverBudget(ex));
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            doc.Diagnostics.Add(DiagnosticCodes.InternalError, 1, 1, Fault(ex));
            return null;
        }
        finally
        {
            Time(doc.Path, started);
        }
    }

    private static string Megabytes(long bytes) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB");

    private T? ReadYaml<T>(string file, Func<string, DiagnosticBag, T?> read, List<Diagnostic> diagnostics, Func<T, bool>? keepPrevious = null, bool required = true, RenderCache.SiteInputs? inputs = null)
        where T : class
    {
        var text = _files.ReadText(file, diagnostics, required);
        inputs?.Add(file, text);
        if (text is null)
        {
            return null;
        }

        var bag = new DiagnosticBag(_files.DisplayPath(file));
        var value = read(text, bag);
        diagnostics.AddRange(bag.Items);

        // A file that does not parse at all keeps its last good version; entry-level errors drop only that entry.
        return value is not null && (keepPrevious?.Invoke(value) ?? true) ? value : null;
    }

    // Shared words are placed into pages at parse time, so they are site inputs: a change re-renders every page.
    private SharedTexts ReadShared(string languagePrefix, List<Diagnostic> diagnostics, RenderCache.SiteInputs inputs)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in _files.MarkdownFiles(languagePrefix + SharedTexts.Folder, diagnostics))
        {
            var text = _files.ReadText(path, diagnostics);
            inputs.Add(path, text);
            if (text is not null)
            {
                texts[System.IO.Path.GetFileNameWithoutExtension(path)] = text;
            }
        }

        return new SharedTexts(texts, languagePrefix + SharedTexts.Folder);
    }

    // Every article, then every page: read, parsed (timed per file), and its front matter read.
    private List<DocumentFile> ReadDocuments(Dictionary<string, DocumentParser> parsers, List<Diagnostic> diagnostics,
        IReadOnlyDictionary<string, SourceDocument> lastParsed, HashSet<SourceDocument> reused)
    {
        var files = new List<DocumentFile>();
        foreach (var kind in DocumentKind.All)
        {
            foreach (var path in _files.MarkdownFiles(kind.Folder, diagnostics))
            {
                var document = ParseOne(path, parsers[kind.Language], lastParsed, reused);
                files.Add(new DocumentFile(kind, document, kind.ReadMetadata(document)));
            }
        }

        return files;
    }

    // A file that cannot be read or parsed still yields a document, holding only its diagnostics, so that
    // its last good version is kept like that of any file with errors. A file whose text is what the last
    // load parsed is not parsed again: a copy of that document as parsed is used, and the last load's is left as it
    // was (see Reparse for when the copy cannot be used).
    private SourceDocument ParseOne(string path, DocumentParser parser, IReadOnlyDictionary<string, SourceDocument> lastParsed, HashSet<SourceDocument> reused)
    {
        var started = clock.GetTimestamp();
        try
        {
            return ReadAndParse(path, parser, lastParsed, reused);
        }
        finally
        {
            Time(_files.DisplayPath(path), started);
        }
    }

    private void Time(string displayPath, long started) =>
        _loadTimes[displayPath] = _loadTimes.GetValueOrDefault(displayPath) + clock.GetElapsedTime(started);

    private SourceDocument ReadAndParse(string path, DocumentParser parser, IReadOnlyDictionary<string, SourceDocument> lastParsed, HashSet<SourceDocument> reused)
    {
        var displayPath = _files.DisplayPath(path);
        var problems = new List<Diagnostic>();
        if (_files.ReadText(path, problems) is not { } text)
        {
            return SourceDocument.Failed(displayPath, problems);
        }

        if (lastParsed.TryGetValue(displayPath, out var earlier) && string.Equals(earlier.Text, text, StringComparison.Ordinal))
        {
            var again = earlier.ParsedAgain();
            reused.Add(again);
            return again;
        }

        return ParseText(displayPath, text, parser);
    }

    /// <summary>
    /// A reused document that must be rendered again (something site-wide changed) is parsed afresh, because
    /// rendering rewrote its syntax tree; what was reported about it since parsing this load comes along.
    /// </summary>
    private SourceDocument Reparse(SourceDocument reused, DocumentParser parser)
    {
        var fresh = ParseText(reused.Path, reused.Text, parser);
        fresh.Diagnostics.AddRange(reused.Diagnostics.Items.Skip(reused.ParseDiagnosticCount));
        return fresh;
    }

    // Markdig refuses input nested past its depth limit with an ArgumentException: that is the file's doing, not
    // ours, so say what to change. Anything else is a fault in the site's code.
    private static string Fault(Exception ex) =>
        ex is ArgumentException && ex.Message.Contains("too deeply nested", StringComparison.Ordinal)
            ? "the Markdown is nested too deeply (boxes, lists, quotes or tables inside each other, many levels down): flatten it; the last good version is still served"
            : $"a fault in the site's own code ({ex.GetType().Name}: {ex.Message}); the last good version is still served, please report it";

    private SourceDocument ParseText(string displayPath, string text, DocumentParser parser)
    {

        try
        {
            return parser.Parse(displayPath, text, new ProcessingBudget(clock, _limits.MaxProcessingTime, "parsing"));
        }
        catch (ProcessingBudgetExceededException ex)
        {
            return SourceDocument.Failed(displayPath, [Diagnostic.Create(DiagnosticCodes.OverTimeBudget, SourceLocation.StartOf(displayPath), OverBudget(ex))]);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A fault of ours must cost one file (kept at its last good version), never the site.
            return SourceDocument.Failed(displayPath, [Diagnostic.Create(DiagnosticCodes.InternalError, SourceLocation.StartOf(displayPath), Fault(ex))]);
        }
    }

    private static string OverBudget(ProcessingBudgetExceededException ex) =>
        $"{ex.Message}, the limit for one file, so it was stopped: look for very long runs of brackets, links or markup";
}
