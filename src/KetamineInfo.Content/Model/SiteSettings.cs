namespace KetamineInfo.Content.Model;

/// <summary>Site-wide words from site.yml: name, notices, crisis lines and editorial limits.</summary>
public sealed record SiteSettings(
    string Name,
    string Tagline,
    string Description,
    string ClinicianNotice,
    CrisisHelp Crisis,
    double ReadingGradeLimit,
    IReadOnlyList<string> BannedWords)
{
    /// <summary>Who stands behind the site; <see cref="Publisher.None"/> until site.yml names one.</summary>
    public Publisher Publisher { get; init; } = Publisher.None;
}

/// <summary>
/// The organisation that publishes the site, as JAMA's benchmarks and the PIF TICK ask: who it is, how the site is
/// paid for, its interests, and a way to reach a person. Nothing is invented: while <see cref="IsNamed"/> is false the
/// site says plainly that no publisher has been named.
/// </summary>
public sealed record Publisher(string? Name, string? About, string? Funding, string? Conflicts, string? Contact, string? PrivacyContact)
{
    public static readonly Publisher None = new(null, null, null, null, null, null);

    /// <summary>A name and a contact that reaches a person: the least a reader needs to know who stands behind a page.</summary>
    public bool IsNamed => !string.IsNullOrWhiteSpace(Name) && !string.IsNullOrWhiteSpace(Contact);

    /// <summary>What is still missing before the publisher is fully named, in site.yml's words (for check --release).</summary>
    public IEnumerable<string> Missing() =>
        new (string Key, string? Value)[]
        {
            ("publisher.name", Name), ("publisher.about", About), ("publisher.funding", Funding),
            ("publisher.conflicts", Conflicts), ("publisher.contact", Contact), ("publisher.privacy_contact", PrivacyContact),
        }.Where(f => string.IsNullOrWhiteSpace(f.Value)).Select(f => f.Key);

    /// <summary>A link for a contact: an email address becomes mailto:, an https address stays as it is.</summary>
    public static string Href(string contact) => contact.Contains('@', StringComparison.Ordinal) && !contact.Contains("://", StringComparison.Ordinal)
        ? $"mailto:{contact}"
        : contact;
}

/// <summary>
/// The crisis help block shown on every page: a compact <see cref="Quick"/> line of the numbers readers most
/// likely need, and the full <see cref="Lines"/> one tap away. Every quick link is one of the lines.
/// </summary>
/// <summary>
/// What a translation language says of the site itself (<c>es/site.yml</c>): its tagline, its description for link
/// previews and search engines, the "talk to a clinician" notice, and its crisis help with the lines that answer in
/// that language.
/// </summary>
public sealed record TranslatedSite(string Tagline, string Description, string ClinicianNotice, CrisisHelp Crisis)
{
    /// <summary>Words this language's pages never use (<c>banned_words</c>), as site.yml's are for English.</summary>
    public IReadOnlyList<string> BannedWords { get; init; } = [];
}

public sealed record CrisisHelp(string Heading, string Intro, IReadOnlyList<CrisisLine> Lines, CrisisLink Directory, IReadOnlyList<CrisisGroup> Quick);

/// <summary>One group of the compact crisis line, such as "Talk to someone" or "Emergency".</summary>
public sealed record CrisisGroup(string Label, IReadOnlyList<CrisisLink> Links);

/// <summary>One crisis line: where it serves, what to do, and an optional tel:/sms: or web link.</summary>
public sealed record CrisisLine(string Region, string Text, string? Href);

/// <summary>A link to a directory of helplines in other countries.</summary>
public sealed record CrisisLink(string Text, string Href);
