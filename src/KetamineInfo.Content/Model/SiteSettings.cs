namespace KetamineInfo.Content.Model;

/// <summary>Site-wide words from site.yml: name, notices, crisis lines and editorial limits.</summary>
public sealed record SiteSettings(
    string Name,
    string Tagline,
    string Description,
    string ClinicianNotice,
    CrisisHelp Crisis,
    double ReadingGradeLimit,
    IReadOnlyList<string> BannedWords);

/// <summary>
/// The crisis help block shown on every page: a compact <see cref="Quick"/> line of the numbers readers most
/// likely need, and the full <see cref="Lines"/> one tap away. Every quick link is one of the lines.
/// </summary>
public sealed record CrisisHelp(string Heading, string Intro, IReadOnlyList<CrisisLine> Lines, CrisisLink Directory, IReadOnlyList<CrisisGroup> Quick);

/// <summary>One group of the compact crisis line, such as "Talk to someone" or "Emergency".</summary>
public sealed record CrisisGroup(string Label, IReadOnlyList<CrisisLink> Links);

/// <summary>One crisis line: where it serves, what to do, and an optional tel:/sms: or web link.</summary>
public sealed record CrisisLine(string Region, string Text, string? Href);

/// <summary>A link to a directory of helplines in other countries.</summary>
public sealed record CrisisLink(string Text, string Href);
