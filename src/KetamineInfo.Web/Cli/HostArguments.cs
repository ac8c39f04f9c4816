using System.CommandLine;

namespace KetamineInfo.Web.Cli;

/// <summary>
/// What the command line gives the host's configuration: every <c>--Key=value</c> whose <c>--Key</c> is no option
/// of the command line (<c>--Content:Path=DIR</c>, <c>--Site:BaseUrl=…</c>), wherever it is typed and with any
/// command, and the host's own switches <c>--urls</c> and <c>--environment</c>. Settings are taken out before
/// System.CommandLine parses the rest, so it can refuse anything else (<c>check --bogus</c>) instead of passing it on.
/// </summary>
internal sealed class HostArguments
{
    // Declared, so help lists them and `--urls http://…` keeps its value as a second word.
    public static readonly Option<string> Urls = new("--urls")
    {
        HelpName = "URLS",
        Description = "The addresses to serve on, such as http://127.0.0.1:5081 (several separated by ;).",
    };

    public static readonly Option<string> Environment = new("--environment")
    {
        HelpName = "NAME",
        Description = "Production (what readers get) or Development (the editors' preview: drafts, and a banner for content errors).",
        Recursive = true,
    };

    private readonly string[] _settings;

    private HostArguments(string[] settings) => _settings = settings;

    /// <summary>The settings among <paramref name="args"/>, and the rest, in the order typed, for the parser.</summary>
    public static (HostArguments Host, string[] CommandLine) Split(IReadOnlyList<string> args, Command root)
    {
        var own = OptionNames(root).ToHashSet(StringComparer.Ordinal);
        bool IsSetting(string arg) =>
            arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf('=', StringComparison.Ordinal) is > 2 and var equals
            && !own.Contains(arg[..equals]);

        return (new HostArguments([.. args.Where(IsSetting)]), [.. args.Where(a => !IsSetting(a))]);
    }

    /// <summary>The arguments for <c>WebApplication.CreateBuilder</c>, once <paramref name="parsed"/> holds the switches.</summary>
    public string[] For(ParseResult parsed) =>
    [
        .. _settings,
        .. parsed.GetValue(Urls) is { } urls ? [$"--urls={urls}"] : Array.Empty<string>(),
        .. parsed.GetValue(Environment) is { } environment ? [$"--environment={environment}"] : Array.Empty<string>(),
    ];

    private static IEnumerable<string> OptionNames(Command command) =>
        command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
            .Concat(command.Subcommands.SelectMany(OptionNames));
}
