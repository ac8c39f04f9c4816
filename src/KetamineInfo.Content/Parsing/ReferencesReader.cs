using System.Text.RegularExpressions;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Yaml;

namespace KetamineInfo.Content.Parsing;

/// <summary>
/// Reads references.yml: one mapping per key, each with authors, title and a DOI, PMID or URL, and an optional
/// <c>copy_url</c> for a faithful copy of an official page the team could not see directly.
/// </summary>
internal static partial class ReferencesReader
{
    private static readonly string[] Fields = ["authors", "title", "container", "year", "doi", "pmid", "url", "accessed", "copy_url", "url_es"];

    public static IReadOnlyDictionary<string, Reference> Read(string yaml, DiagnosticBag bag)
    {
        var references = new Dictionary<string, Reference>(StringComparer.Ordinal);
        if (YamlMappingReader.For(SafeYaml.Load(yaml, bag), bag, 0, "references.yml") is not { } root)
        {
            return references.AsReadOnly();
        }

        foreach (var (key, line, column, node) in root.Entries)
        {
            if (!ReferenceKey().IsMatch(key))
            {
                bag.Add(DiagnosticCodes.BadSlug, line, column, $"reference key '{key}' may use only letters, digits, '-' and '_'");
                continue;
            }

            if (YamlMappingReader.For(node, bag, 0, $"reference '{key}'") is not { } entry)
            {
                continue;
            }

            entry.RejectUnknownKeys(Fields, "reference");
            var reference = new Reference(
                key,
                entry.String("authors", maxLength: 500),
                entry.String("title", required: true, maxLength: 500) ?? string.Empty,
                entry.String("container", maxLength: 300),
                entry.Int("year", min: 1800, max: 2100),
                entry.String("doi", maxLength: 200),
                entry.String("pmid", maxLength: 12),
                entry.String("url", maxLength: 2000),
                entry.Date("accessed"),
                entry.String("copy_url", maxLength: 2000))
            {
                SpanishUrl = entry.String("url_es", maxLength: 2000),
            };
            if (IsLinkable(reference, entry, bag))
            {
                references[key] = reference;
            }
        }

        return references.AsReadOnly();
    }

    private static bool IsLinkable(Reference reference, YamlMappingReader entry, DiagnosticBag bag)
    {
        var problem =
            reference is { Doi: null, Pmid: null, Url: null } ? $"reference '{reference.Key}' needs a doi, pmid or url"
            : reference.Doi is { } doi && !Doi().IsMatch(doi) ? $"doi '{doi}' should look like 10.1038/s41380-018-0256-5 (no https://doi.org/ prefix)"
            : reference.Pmid is { } pmid && !pmid.All(char.IsAsciiDigit) ? $"pmid '{pmid}' must be digits only"
            : reference.Url is { } url && !IsHttpUrl(url) ? $"url '{url}' must be an absolute http(s) address"
            : reference.CopyUrl is { } copy && !IsHttpUrl(copy) ? $"copy_url '{copy}' must be an absolute http(s) address"
            : reference.SpanishUrl is { } spanish && !IsHttpUrl(spanish) ? $"url_es '{spanish}' must be an absolute http(s) address"
            : null;
        if (problem is null)
        {
            return true;
        }

        bag.Add(DiagnosticCodes.BadReference, entry.Line, entry.Column, problem);
        return false;
    }

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex ReferenceKey();

    [GeneratedRegex(@"^10\.\d{4,9}/\S+$")]
    private static partial Regex Doi();
}
