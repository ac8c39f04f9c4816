using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace KetamineInfo.Content.Parsing;

/// <summary>Reads site.yml. Returns null when it cannot be used, so the last good settings stay.</summary>
internal static class SiteSettingsReader
{
    private static readonly string[] Fields =
        ["name", "tagline", "description", "clinician_notice", "reading_grade_limit", "banned_words", "crisis", "publisher"];

    private static readonly string[] PublisherFields = ["name", "about", "funding", "conflicts", "contact", "privacy_contact"];

    private static readonly string[] CrisisFields = ["heading", "intro", "quick", "lines", "directory"];
    private static readonly string[] GroupFields = ["label", "links"];
    private static readonly string[] LineFields = ["region", "text", "href"];
    private static readonly string[] LinkFields = ["text", "href"];

    public static SiteSettings? Read(string yaml, DiagnosticBag bag)
    {
        if (YamlMappingReader.For(SafeYaml.Load(yaml, bag), bag, 0, "site.yml") is not { } site)
        {
            return null;
        }

        site.RejectUnknownKeys(Fields, "site.yml");
        var name = site.String("name", required: true, maxLength: 60);
        var tagline = site.String("tagline", required: true, maxLength: 160);
        var description = site.String("description", required: true, maxLength: 600);
        var notice = site.String("clinician_notice", required: true, maxLength: 1000);
        var limit = site.Int("reading_grade_limit", required: true, min: 1, max: 20);
        var banned = site.StringList("banned_words");
        var crisis = ReadCrisis(site, bag);
        var publisher = ReadPublisher(site, bag);
        return bag.HasErrors || name is null || tagline is null || description is null || notice is null || limit is null || crisis is null
            ? null
            : new SiteSettings(name, tagline, description, notice, crisis, limit.Value, banned) { Publisher = publisher };
    }

    /// <summary>
    /// A language's own <c>LANG/site.yml</c>: its tagline and description, and its <c>crisis</c> block (the same shape as
    /// site.yml's), so crisis help on its pages is in its readers' language, with the lines that serve them.
    /// </summary>
    public static TranslatedSite? ReadTranslated(string yaml, DiagnosticBag bag)
    {
        if (YamlMappingReader.For(SafeYaml.Load(yaml, bag), bag, 0, "site.yml") is not { } site)
        {
            return null;
        }

        site.RejectUnknownKeys(["tagline", "description", "clinician_notice", "banned_words", "crisis"], "a translation's site.yml");
        var tagline = site.String("tagline", required: true, maxLength: 160);
        var description = site.String("description", required: true, maxLength: 600);
        var notice = site.String("clinician_notice", required: true, maxLength: 1000);
        var crisis = ReadCrisis(site, bag);
        return bag.HasErrors || tagline is null || description is null || notice is null || crisis is null
            ? null
            : new TranslatedSite(tagline, description, notice, crisis) { BannedWords = site.StringList("banned_words") };
    }

    // Every field may be empty: an unnamed publisher is shown as unnamed, never guessed. A contact that is set must
    // be an address a reader's device can open.
    private static Publisher ReadPublisher(YamlMappingReader site, DiagnosticBag bag)
    {
        if (site.Node("publisher") is not { } node || YamlMappingReader.For(node, bag, 0, "publisher") is not { } map)
        {
            return Publisher.None;
        }

        map.RejectUnknownKeys(PublisherFields, "publisher");
        return new Publisher(
            map.String("name", maxLength: 120),
            map.String("about", maxLength: 600),
            map.String("funding", maxLength: 600),
            map.String("conflicts", maxLength: 600),
            Contact(map, "contact", bag),
            Contact(map, "privacy_contact", bag));
    }

    private static string? Contact(YamlMappingReader map, string key, DiagnosticBag bag)
    {
        var contact = map.String(key, maxLength: 200)?.Trim();
        if (string.IsNullOrEmpty(contact) || contact.StartsWith("https://", StringComparison.Ordinal)
            || System.Text.RegularExpressions.Regex.IsMatch(contact, @"^[^@\s:/]+@[^@\s:/]+\.[^@\s:/]+$"))
        {
            return string.IsNullOrEmpty(contact) ? null : contact;
        }

        bag.Add(DiagnosticCodes.UnsafeLink, map.Line, map.Column, $"'publisher.{key}' must be an email address (name@example.org) or an https:// address");
        return null;
    }

    private static CrisisHelp? ReadCrisis(YamlMappingReader site, DiagnosticBag bag)
    {
        if (site.Node("crisis") is null)
        {
            bag.Add(DiagnosticCodes.MissingKey, site.Line, site.Column, "'crisis' is required: the crisis help block shown on every page");
            return null;
        }

        if (YamlMappingReader.For(site.Node("crisis"), bag, 0, "crisis") is not { } crisis)
        {
            return null;
        }

        crisis.RejectUnknownKeys(CrisisFields, "crisis");
        var lines = new List<CrisisLine>();
        if (crisis.Node("lines") is YamlSequenceNode items)
        {
            foreach (var item in items)
            {
                if (YamlMappingReader.For(item, bag, 0, "a crisis line") is { } line)
                {
                    line.RejectUnknownKeys(LineFields, "crisis line");
                    var region = line.String("region", required: true, maxLength: 40);
                    var text = line.String("text", required: true, maxLength: 200);
                    var href = SafeHref(line, "href", bag);
                    if (region is not null && text is not null)
                    {
                        lines.Add(new CrisisLine(region, text, href));
                    }
                }
            }
        }
        else
        {
            bag.Add(DiagnosticCodes.MissingKey, crisis.Line, crisis.Column, "'crisis' needs a 'lines' list");
        }

        var heading = crisis.String("heading", required: true, maxLength: 80);
        var intro = crisis.String("intro", required: true, maxLength: 400);
        CrisisLink? directory = null;
        if (YamlMappingReader.For(crisis.Node("directory"), bag, 0, "crisis directory") is { } dir)
        {
            dir.RejectUnknownKeys(LinkFields, "directory");
            var text = dir.String("text", required: true, maxLength: 200);
            var href = SafeHref(dir, "href", bag);
            directory = text is null || href is null ? null : new CrisisLink(text, href);
        }

        var quick = ReadQuick(crisis, lines, bag);
        return heading is null || intro is null || directory is null || lines.Count == 0
            ? null
            : new CrisisHelp(heading, intro, lines, directory, quick);
    }

    /// <summary>
    /// The compact line: groups of links, each of which must also be a full crisis line, so the two lists can
    /// never disagree about a number.
    /// </summary>
    private static List<CrisisGroup> ReadQuick(YamlMappingReader crisis, List<CrisisLine> lines, DiagnosticBag bag)
    {
        var groups = new List<CrisisGroup>();
        if (crisis.Node("quick") is not YamlSequenceNode items)
        {
            return groups;
        }

        var known = lines.Select(l => l.Href).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (YamlMappingReader.For(item, bag, 0, "a quick crisis group") is not { } group)
            {
                continue;
            }

            group.RejectUnknownKeys(GroupFields, "quick crisis group");
            var label = group.String("label", required: true, maxLength: 40);
            var links = new List<CrisisLink>();
            if (group.Node("links") is YamlSequenceNode linkItems)
            {
                foreach (var linkItem in linkItems)
                {
                    if (YamlMappingReader.For(linkItem, bag, 0, "a quick crisis link") is not { } link)
                    {
                        continue;
                    }

                    link.RejectUnknownKeys(LinkFields, "quick crisis link");
                    var text = link.String("text", required: true, maxLength: 60);
                    var href = SafeHref(link, "href", bag);
                    if (href is not null && !known.Contains(href))
                    {
                        bag.Add(DiagnosticCodes.CrisisLineMismatch, link.Line, link.Column,
                            $"quick crisis link '{href}' is not one of the crisis lines: add it to 'lines' too, so the full list has every number");
                    }
                    else if (text is not null && href is not null)
                    {
                        links.Add(new CrisisLink(text, href));
                    }
                }
            }

            if (label is not null && links.Count > 0)
            {
                groups.Add(new CrisisGroup(label, links));
            }
        }

        return groups;
    }

    // Only phone, text-message and web links: a crisis block is the last place for a hostile href.
    private static string? SafeHref(YamlMappingReader map, string key, DiagnosticBag bag)
    {
        var href = map.String(key, maxLength: 300);
        if (href is null || href.StartsWith("tel:", StringComparison.Ordinal) || href.StartsWith("sms:", StringComparison.Ordinal)
            || href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal))
        {
            return href;
        }

        bag.Add(DiagnosticCodes.UnsafeLink, map.Line, map.Column, $"'{key}' must start with tel:, sms: or https://");
        return null;
    }
}
