using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace KetamineInfo.Content.Parsing;

/// <summary>
/// Reads reviewers.yml: one mapping per reviewer key with name, credentials, role, professional registration
/// (body and number), a conflicts-of-interest statement ("None declared" is an answer; silence is not) and an
/// optional https profile link. A file with no entries is valid: nobody has agreed to review yet.
/// </summary>
internal static class ReviewersReader
{
    private static readonly string[] Fields = ["name", "credentials", "role", "registration", "conflicts", "profile", "languages"];
    private static readonly string[] RegistrationFields = ["body", "number"];

    public static IReadOnlyList<Reviewer> Read(string yaml, DiagnosticBag bag)
    {
        var reviewers = new List<Reviewer>();
        var node = SafeYaml.Load(yaml, bag);
        if (node is null || node is YamlScalarNode { Value: null or "" })
        {
            return reviewers.AsReadOnly();
        }

        if (YamlMappingReader.For(node, bag, 0, "reviewers.yml") is not { } root)
        {
            return reviewers.AsReadOnly();
        }

        foreach (var (key, line, column, value) in root.Entries)
        {
            if (!Slug.IsValid(key))
            {
                bag.Add(DiagnosticCodes.BadSlug, line, column, $"reviewer key '{key}' must be a slug: lower-case letters, digits and '-'");
                continue;
            }

            if (YamlMappingReader.For(value, bag, 0, $"reviewer '{key}'") is not { } entry)
            {
                continue;
            }

            entry.RejectUnknownKeys(Fields, "reviewer");
            var name = entry.String("name", required: true, maxLength: 120);
            var credentials = entry.String("credentials", required: true, maxLength: 200);
            var role = entry.String("role", required: true, maxLength: 200);
            var conflicts = entry.String("conflicts", required: true, maxLength: 1000);
            var profile = entry.String("profile", maxLength: 2000);
            // The languages the reviewer reviews in: a translation is signed off only by someone who reads it and its English.
            var languages = entry.Node("languages") is null ? ["en"] : entry.StringList("languages");
            foreach (var language in languages.Where(l => l != "en" && !Translation.Languages.Contains(l)))
            {
                var (l, c) = entry.PositionOf("languages");
                bag.Add(DiagnosticCodes.ValueOutOfRange, l, c, $"'{language}' is not a language of this site: use en or {string.Join(", ", Translation.Languages)}");
            }
            var registration = YamlMappingReader.For(entry.Node("registration"), bag, 0, $"'registration' of reviewer '{key}' (body: and number:)");
            registration?.RejectUnknownKeys(RegistrationFields, "registration");
            var body = registration?.String("body", required: true, maxLength: 200);
            var number = registration?.String("number", required: true, maxLength: 60);
            if (profile is not null && !(Uri.TryCreate(profile, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
            {
                var (l, c) = entry.PositionOf("profile");
                bag.Add(DiagnosticCodes.UnsafeLink, l, c, $"'profile' must be an https:// address, not '{profile}'");
                profile = null;
            }

            if (name is not null && credentials is not null && role is not null && conflicts is not null && body is not null && number is not null)
            {
                reviewers.Add(new Reviewer(key, name, credentials, role, body, number, conflicts, profile) { Languages = languages });
            }
        }

        return reviewers.AsReadOnly();
    }
}
