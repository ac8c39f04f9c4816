using System.CommandLine;
using System.CommandLine.Invocation;

namespace KetamineInfo.Web.Cli;

/// <summary>
/// The command line, on System.CommandLine, which parses it and writes its help and errors: no command serves the
/// site; <c>check</c>, <c>export</c>, <c>sign-off</c> and <c>feedback</c> are commands with their own options. Settings
/// go to the host's configuration with any command (<see cref="HostArguments"/>). This is also where each command
/// is given the site it needs: built, or answering requests.
/// </summary>
internal static class AppCommandLine
{
    // Wrong arguments exit 2: 1 means the content has errors, which CI must not take a typo for.
    private const int UsageError = 2;

    private const string Description = "KetamineInfo, patient information about ketamine. With no command, serves the site "
        + "(http://localhost:5080 when run from source). Any command also takes the site's settings as --Section:Key=value, "
        + "such as --Content:Path=DIR or --Site:BaseUrl=https://example.org (the README lists them).";

    // Settings are taken out before parsing, so those in a response file (@file) would never reach the host: off.
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    private static readonly InvocationConfiguration Invocation = new()
    {
        // Failures reach Program's handlers (one line for a port in use or a refused setting); the library's would
        // print a stack trace, and would swallow the exception with which WebApplicationFactory stops the host in tests.
        EnableDefaultExceptionHandler = false,
        // The host handles Ctrl+C and SIGTERM with a graceful shutdown; the library would end the process two
        // seconds after the signal, under it.
        ProcessTerminationTimeout = null,
    };

    public static async Task<int> InvokeAsync(IReadOnlyList<string> args, SiteHost site)
    {
        var check = new CheckCommand();
        var export = new ExportCommand();
        var signOff = new SignOffCommand();
        var feedback = new FeedbackCommand();
        var root = new RootCommand(Description) { HostArguments.Urls, HostArguments.Environment, check, export, signOff, feedback };
        var (host, commandLine) = HostArguments.Split(args, root);

        root.SetAction(async parsed =>
        {
            await using var app = site.Build(host.For(parsed));
            site.UsePipeline(app);
            await app.RunAsync();
            return 0;
        });
        check.SetAction(async parsed =>
        {
            await using var app = site.Build(host.For(parsed));
            return check.Run(parsed, app.Services);
        });
        signOff.SetAction(async parsed =>
        {
            await using var app = site.Build(host.For(parsed));
            return signOff.Run(parsed, app.Services);
        });
        feedback.SetAction(async parsed =>
        {
            await using var app = site.Build(host.For(parsed));
            return await feedback.RunAsync(parsed, app.Services);
        });
        export.SetAction(async parsed =>
        {
            // The export asks the site's own pipeline for every page, on a private loopback port.
            await using var app = site.Build(host.For(parsed), ExportCommand.ConfigureHost);
            site.UsePipeline(app);
            return await export.RunAsync(parsed, app);
        });

        var parsed = root.Parse(commandLine, Parsing);
        if (parsed.Action is ParseErrorAction refusal)
        {
            refusal.ShowHelp = false; // one line per mistake; --help has the rest
            await parsed.InvokeAsync(Invocation);
            return UsageError;
        }

        return await parsed.InvokeAsync(Invocation);
    }
}
