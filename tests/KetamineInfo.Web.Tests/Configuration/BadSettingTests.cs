using KetamineInfo.Tests.Shared;

namespace KetamineInfo.Web.Tests.Configuration;

/// <summary>
/// A bad value in any options class stops the site at start, before the port opens, naming the key as an operator
/// sets it, the value given and what is allowed: nothing is clamped or ignored later.
/// </summary>
public sealed class BadSettingTests
{
    // One bad value per options class (and per kind of rule): key as an operator sets it, value, and the line expected.
    private static readonly (string Key, string Value, string Expected)[] Cases =
    [
        ("Site:BaseUrl", "not a url", "Site:BaseUrl is 'not a url': must be the site's public origin"),
        ("Site:BaseUrl", "https://example.org/path?q=1", "Site:BaseUrl is 'https://example.org/path?q=1': must be"),
        ("Site:EditUrlTemplate", "http://example.org/edit/{path}", "Site:EditUrlTemplate is 'http://example.org/edit/{path}': must be an https address with {path}"),
        ("Caching:MaxBytes", "-1", "Caching:MaxBytes is -1: must be from 4096 to 68719476736 bytes"),
        ("Feedback:RefusalDelay", "00:00:11", "Feedback:RefusalDelay is 00:00:11: must be from 00:00:00 to 00:00:10"),
        ("Search:PermitLimit", "0", "Search:PermitLimit is 0: must be from 1 to 100000"),
        ("Search:MaxWait", "-00:00:01", "Search:MaxWait is -00:00:01: must be from 00:00:00 (never wait) to 00:01:00"),
        ("Search:MaxConcurrent", "0", "Search:MaxConcurrent is 0: must be from 1 to 1024"),
        ("Feedback:QueueLimit", "0", "Feedback:QueueLimit is 0: must be from 1 to 100000"),
        ("Feedback:RetentionDays", "0", "Feedback:RetentionDays is 0: must be from 1 to 3650 days"),
        ("Feedback:WriteTimeout", "00:00:00", "Feedback:WriteTimeout is 00:00:00:"),
        ("Feedback:Endpoint", "javascript:alert(1)", "Feedback:Endpoint is 'javascript:alert(1)': must be a path on this site"),
        ("Feedback:AllowedOrigins:0", "copy.example.org", "Feedback:AllowedOrigins is ['copy.example.org']: 'copy.example.org' is not an origin"),
        ("Feedback:MaxPerHour", "0", "Feedback:MaxPerHour is 0: must be from 1 to 10000000"),
        ("Server:MaxConnectionsPerClient", "-1", "Server:MaxConnectionsPerClient is -1: must be from 0 (no cap) to 1000000"),
        ("Content:ReloadDelay", "00:01:00", "Content:ReloadDelay is 00:01:00:"),
        ("ForwardedHeaders:KnownProxies:0", "nope", "ForwardedHeaders:KnownProxies is ['nope']: 'nope' is not an IP address"),
    ];

    /// <summary>
    /// Each case in its own real process (the site's Main turns the refusal into its message and exit code, so it is
    /// seen as an operator sees it), all at once to keep the test short.
    /// </summary>
    [Fact]
    public async Task ABadSettingInEachOptionsClass_StopsTheSiteAtStart_NamingKeyValueAndWhatIsAllowed()
    {
        var runs = await Task.WhenAll(Cases.Select(async c => (c, await AppProcess.RunAsync(
            new Dictionary<string, string> { [c.Key.Replace(":", "__", StringComparison.Ordinal)] = c.Value }, "--urls", "http://127.0.0.1:0"))));

        var wrong = runs.Where(r => r.Item2.Exit != 1 || !r.Item2.Output.Contains("  " + r.c.Expected, StringComparison.Ordinal))
            .Select(r => $"{r.c.Key}={r.c.Value}: exit {r.Item2.Exit}, said: {r.Item2.Output.Trim()}");
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task TheRealProcess_ExitsWithOneLinePerRefusedSetting_NotAStackTrace()
    {
        var (exit, output) = await AppProcess.RunAsync(
            new Dictionary<string, string> { ["Site__BaseUrl"] = "not a url" },
            "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exit);
        Assert.Contains(
            "The site could not start: a setting is not allowed.\n  Site:BaseUrl is 'not a url': must be the site's public origin, http or https with no path, like https://ketamine.example.org",
            output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }
}
