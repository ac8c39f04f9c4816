namespace KetamineInfo.Browser.Tests.Support;

/// <summary>Every kind of page a reader can reach, by path.</summary>
public static class SitePages
{
    public static readonly string[] Articles =
    [
        "what-is-ketamine", "ketamine-for-depression", "how-ketamine-works", "side-effects-and-risks",
        "your-treatment-day", "accessing-ketamine-therapy", "future-of-ketamine-research",
    ];

    public static readonly string[] Others = ["/", "/glossary", "/questions", "/about", "/accessibility", "/editorial-policy", "/editorial-team", "/changes", "/treatment-options", "/how-we-compared", "/what-matters", "/search?q=nasal+spray", "/search?q=zzzz", "/no-such-page"];

    public static IEnumerable<string> All => Others.Concat(Articles.Select(a => $"/articles/{a}"));

    public static TheoryData<string> AllPaths => [.. All];
}
