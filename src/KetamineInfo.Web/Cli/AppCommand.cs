namespace KetamineInfo.Web.Cli;

/// <summary>
/// The command line: no command serves the site; <c>check</c> validates content; <c>export OUTDIR</c> writes
/// the site as static files. Command words, flags and the output folder are taken off before the rest goes
/// to the host's configuration (so <c>--Content:Path=…</c> still works with every command).
/// </summary>
internal sealed record AppCommand(string? Name, IReadOnlyList<string> Flags, IReadOnlyList<string> Arguments, string[] HostArgs)
{
    public const string Check = "check";
    public const string Export = "export";
    public const string SignOff = "sign-off";
    public const string Feedback = "feedback";

    private static readonly string[] Commands = [Check, Export, SignOff, Feedback];
    private static readonly string[] KnownFlags = ["--warnings-as-errors", "--release", "--all", "--show-changes", "--due", "--reviewer", "--date", "--csv", "--purge-older-than"];
    private static readonly string[] HelpFlags = ["--help", "-h", "-?"];

    public const string Usage = """
        Usage: KetamineInfo.Web [command] [--Setting:Name=value ...]

        Commands:
          (none)          serve the site (http://localhost:5080 from source; see README for settings)
          check           check every content file; --warnings-as-errors fails on warnings too;
                          --due DAYS prints the calendar: reviews due, pages awaiting re-review, facts to recheck;
                          --release lists what stands between the content and going live
          export OUTDIR   write the site as static files into OUTDIR
          sign-off ARTICLE|PAGE --reviewer KEY [--date YYYY-MM-DD]
                          record a clinician's sign-off of a page's words in content/reviews.yml
          feedback        what readers said, per article; --csv FILE exports every entry;
                          --purge-older-than DAYS deletes old entries

        Add --help after a command for its own usage.
        """;

    /// <summary>True when the person asked for usage: never start a server or touch files then.</summary>
    public bool WantsHelp { get; private init; }

    /// <summary>The usage text for this command.</summary>
    public string HelpText => Name switch
    {
        Check => CheckCommand.Usage,
        Export => ExportCommand.Usage,
        SignOff => SignOffCommand.Usage,
        Feedback => FeedbackCommand.Usage,
        _ => Usage,
    };

    public static AppCommand Parse(string[] args)
    {
        var help = args.Any(a => HelpFlags.Contains(a, StringComparer.Ordinal));
        args = [.. args.Where(a => !HelpFlags.Contains(a, StringComparer.Ordinal))];
        return ParseCommand(args) with { WantsHelp = help };
    }

    private static AppCommand ParseCommand(string[] args)
    {
        if (args.Length == 0 || !Commands.Contains(args[0], StringComparer.Ordinal))
        {
            return new AppCommand(null, [], [], args);
        }

        var rest = args.Skip(1).ToList();
        var flags = rest.Where(a => KnownFlags.Contains(a, StringComparer.Ordinal)).ToList();
        var arguments = rest.Where(a => !a.StartsWith('-') && !a.Contains('=', StringComparison.Ordinal)).ToList();
        var hostArgs = rest.Except(flags).Except(arguments).ToArray();
        return new AppCommand(args[0], flags, arguments, hostArgs) { Words = [.. rest.Where(a => !hostArgs.Contains(a))] };
    }

    /// <summary>The command's own words after its name, flags and arguments in the order typed.</summary>
    public IReadOnlyList<string> Words { get; private init; } = [];

    /// <summary>The word after <paramref name="flag"/> (<c>--reviewer KEY</c>), or null.</summary>
    public string? ValueOf(string flag)
    {
        var at = Words.ToList().IndexOf(flag);
        return at >= 0 && at + 1 < Words.Count && !Words[at + 1].StartsWith('-') ? Words[at + 1] : null;
    }

    public bool Is(string name) => Name == name;

    public bool HasFlag(string flag) => Flags.Contains(flag, StringComparer.Ordinal);
}
