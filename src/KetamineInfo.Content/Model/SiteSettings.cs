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

/// <summary>The crisis help block shown on every page.</summary>
public sealed record CrisisHelp(string Heading, string Intro, IReadOnlyList<CrisisLine> Lines, CrisisLink Directory);

/// <summary>One crisis line: where it serves, what to do, and an optional tel:/sms: or web link.</summary>
public sealed record CrisisLine(string Region, string Text, string? Href);

/// <summary>A link to a directory of helplines in other countries.</summary>
public sealed record CrisisLink(string Text, string Href);
