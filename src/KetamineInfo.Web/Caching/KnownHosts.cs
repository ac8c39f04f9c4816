namespace KetamineInfo.Web.Caching;

/// <summary>
/// The host names this site answers to, from <c>AllowedHosts</c> ("example.org;*.example.org"), plus loopback
/// names for local use. "*" (any host) names none: a host anyone can invent is never vouched for.
/// </summary>
internal sealed class KnownHosts
{
    private static readonly string[] Loopback = ["localhost", "127.0.0.1", "[::1]", "::1"];

    private readonly string[] _exact;
    private readonly string[] _suffixes;

    private KnownHosts(string[] exact, string[] suffixes)
    {
        _exact = exact;
        _suffixes = suffixes;
    }

    public static KnownHosts From(string? allowedHosts)
    {
        var entries = (allowedHosts ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(e => e != "*").ToList();
        return new KnownHosts(
            [.. Loopback, .. entries.Where(e => !e.StartsWith("*.", StringComparison.Ordinal))],
            [.. entries.Where(e => e.StartsWith("*.", StringComparison.Ordinal)).Select(e => e[1..])]);
    }

    public bool Contains(string host) =>
        _exact.Any(h => string.Equals(h, host, StringComparison.OrdinalIgnoreCase))
        || _suffixes.Any(s => host.EndsWith(s, StringComparison.OrdinalIgnoreCase) && host.Length > s.Length);
}
