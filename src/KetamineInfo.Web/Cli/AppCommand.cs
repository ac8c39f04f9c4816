namespace KetamineInfo.Web.Cli;

/// <summary>
/// The command line: no command serves the site; <c>check</c> validates content. Command words are taken
/// off before the rest goes to the host's configuration (so <c>--Content:Path=…</c> still works).
/// </summary>
internal sealed record AppCommand(string? Name, IReadOnlyList<string> Options, string[] HostArgs)
{
    private static readonly string[] Commands = ["check"];
    private static readonly string[] Flags = ["--warnings-as-errors"];

    public static AppCommand Parse(string[] args)
    {
        if (args.Length == 0 || !Commands.Contains(args[0], StringComparer.Ordinal))
        {
            return new AppCommand(null, [], args);
        }

        var options = args.Skip(1).Where(a => Flags.Contains(a, StringComparer.Ordinal)).ToList();
        var hostArgs = args.Skip(1).Where(a => !Flags.Contains(a, StringComparer.Ordinal)).ToArray();
        return new AppCommand(args[0], options, hostArgs);
    }

    public int Run(IServiceProvider services, TextWriter output) => Name switch
    {
        "check" => CheckCommand.Run(services, Options.Contains("--warnings-as-errors"), output),
        _ => throw new InvalidOperationException($"Unknown command '{Name}'."),
    };
}
