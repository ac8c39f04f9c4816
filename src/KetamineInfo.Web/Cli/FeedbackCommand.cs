using System.CommandLine;
using System.Globalization;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Loading;
using KetamineInfo.Web.Feedback;

namespace KetamineInfo.Web.Cli;

/// <summary>
/// <c>feedback</c>: what readers said, per article (counts for 30 and 90 days and since the current version,
/// then the newest comments); <c>--csv FILE</c> exports every entry; <c>--purge-older-than DAYS</c> deletes old
/// rows. Reads the store the site writes (SQLite file, or PostgreSQL with ConnectionStrings:Feedback).
/// </summary>
internal sealed class FeedbackCommand : Command
{
    private readonly Option<bool> _all = new("--all")
    {
        Description = "Also list the pages with no feedback in the last 90 days, which are otherwise only counted.",
    };

    private readonly Option<string> _csv = new("--csv")
    {
        HelpName = "FILE",
        Description = "Write every entry to FILE as CSV (UTF-8) instead; cells that a spreadsheet would run as a formula start with '.",
    };

    private readonly Option<int?> _purgeOlderThan = new("--purge-older-than")
    {
        HelpName = "DAYS",
        Description = "Delete entries older than DAYS days (1 to 36500) and say how many; the site itself keeps "
            + "Feedback:RetentionDays, 365 by default.",
        CustomParser = DayCount.Parser(1, 36500, "feedback --purge-older-than needs a number of days from 1 to 36500, like: feedback --purge-older-than 365"),
    };

    public FeedbackCommand()
        : base("feedback", "Prints what readers said about each article and page: useful or not in the last 30 and 90 days "
            + "and since its current version, error reports, and the newest 5 comments, pages with comments first. Reads "
            + "the SQLite file at Feedback:Path (feedback.db in the local application data by default), or PostgreSQL when "
            + "ConnectionStrings:Feedback is set. Exits 1 when the store cannot be read, 2 when the arguments are wrong.")
    {
        Add(_all);
        Add(_csv);
        _csv.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value.Length: 0 }])
            {
                result.AddError("feedback --csv needs a file name, like: feedback --csv feedback.csv");
            }
        });
        Add(_purgeOlderThan);
    }

    public Task<int> RunAsync(ParseResult parsed, IServiceProvider services) =>
        RunAsync(services, parsed.GetValue(_all), parsed.GetValue(_csv), parsed.GetValue(_purgeOlderThan), parsed.InvocationConfiguration.Output);

    private static async Task<int> RunAsync(IServiceProvider services, bool all, string? csv, int? purgeOlderThan, TextWriter output)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        IFeedbackStore? store = null;
        try
        {
            store = services.GetRequiredService<IFeedbackStore>();
            if (purgeOlderThan is { } days)
            {
                var cutoff = now.AddDays(-days);
                var removed = await store.PurgeAsync(cutoff, CancellationToken.None);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"deleted {removed} feedback entr{(removed == 1 ? "y" : "ies")} older than {days} days (before {cutoff:yyyy-MM-dd HH:mm} UTC) from {store.Description}"));
            }

            if (csv is null && purgeOlderThan is not null)
            {
                return 0;
            }

            var entries = await store.ReadAsync(null, CancellationToken.None);
            if (csv is not null)
            {
                var snapshot = services.GetRequiredService<ContentLoader>().Load();
                FeedbackCsv.WriteFile(csv, entries, key => FeedbackSummary.TitleOf(snapshot, key));
                output.WriteLine(TerminalText.Escape(string.Create(CultureInfo.InvariantCulture, $"wrote {entries.Count} feedback entries from {store.Description} to {Path.GetFullPath(csv)}")));
                return 0;
            }

            WriteSummary(entries, services.GetRequiredService<ContentLoader>().Load(), now, store.Description, all, output);
            return 0;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One line a person can act on (a wrong path, a database that is down), not a stack trace.
            var where = store?.Description ?? "the store set by Feedback:Path or ConnectionStrings:Feedback";
            output.WriteLine(TerminalText.Escape($"feedback stopped: {where} could not be used: {ex.GetType().Name}: {ex.Message}"));
            return 1;
        }
    }

    private static void WriteSummary(IReadOnlyList<FeedbackEntry> entries, Content.Model.ContentSnapshot snapshot, DateTimeOffset now, string where, bool all, TextWriter output)
    {
        output.WriteLine(TerminalText.Escape(string.Create(CultureInfo.InvariantCulture, $"{entries.Count} feedback entries in {where}; times are UTC, to the hour")));
        // What an editor can act on first: pages with words from readers (comments, mistake reports), then the rest
        // with any feedback; a page nobody wrote about in 90 days is counted, and listed only with --all.
        var summaries = FeedbackSummary.Of(entries, snapshot, now);
        var ordered = summaries.Where(s => s.NewestComments.Count > 0 || s.Last90Days.ErrorReports > 0 || s.Flood is not null)
            .Concat(summaries.Where(s => s.NewestComments.Count == 0 && s.Last90Days.ErrorReports == 0 && s.Flood is null && (all || s.Last90Days.Total > 0)))
            .ToList();
        var quiet = summaries.Count - ordered.Count;
        foreach (var article in ordered)
        {
            output.WriteLine(TerminalText.Escape($"{article.Slug}: {article.Title ?? "(no longer in the content)"}"));
            if (article.Flood is { } flood)
            {
                output.WriteLine($"  {flood}");
            }

            output.WriteLine($"  last 30 days:          {article.Last30Days}");
            output.WriteLine($"  last 90 days:          {article.Last90Days}");
            output.WriteLine($"  since current version: {article.SinceCurrentVersion?.ToString() ?? "-"}");
            foreach (var comment in article.NewestComments)
            {
                var answer = comment.Useful switch { true => ", useful", false => ", not useful", null => string.Empty };
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {comment.Hour.UtcDateTime:yyyy-MM-dd HH:mm}  {FeedbackEntry.KindName(comment.Kind)}{answer}: {TerminalText.Escape(comment.Text!)}"));
            }
        }

        if (quiet > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{quiet} more page{(quiet == 1 ? " has" : "s have")} no feedback in the last 90 days (feedback --all lists them)"));
        }
    }
}
