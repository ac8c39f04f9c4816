using System.Text.RegularExpressions;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace KetamineInfo.Content.Parsing;

/// <summary>
/// Reads reviews.yml, the ledger of clinical sign-offs: a list of entries with article, reviewer, date and
/// fingerprint, which the <c>sign-off</c> command appends to. Whether each still holds is decided against the
/// articles (<c>Rules/ClinicalReviews</c>).
/// </summary>
internal static partial class SignOffsReader
{
    public const string FileName = "reviews.yml";

    private static readonly string[] Fields = ["article", "page", "language", "reviewer", "date", "fingerprint"];

    public static IReadOnlyList<SignOff> Read(string yaml, DiagnosticBag bag)
    {
        var signOffs = new List<SignOff>();
        var node = SafeYaml.Load(yaml, bag);
        if (node is null || node is YamlScalarNode { Value: null or "" })
        {
            return signOffs;
        }

        if (node is not YamlSequenceNode list)
        {
            bag.Add(DiagnosticCodes.WrongType, (int)node.Start.Line, (int)node.Start.Column, "reviews.yml must be a list of '- article: …' entries (the sign-off command writes them)");
            return signOffs;
        }

        foreach (var item in list)
        {
            if (YamlMappingReader.For(item, bag, 0, "a sign-off") is not { } entry)
            {
                continue;
            }

            entry.RejectUnknownKeys(Fields, "sign-off");
            // An article's entry names it with article:, a standalone page's with page: (one of the two).
            var isPage = entry.Node("page") is not null;
            var article = entry.String(isPage ? "page" : "article", required: true, maxLength: 100);
            if (isPage && entry.Node("article") is not null)
            {
                bag.Add(DiagnosticCodes.BadSignOff, entry.Line, entry.Column, "a sign-off names either an article: or a page:, not both");
                continue;
            }

            // A translation's sign-off names its language (language: es) and the translation's own file name.
            var language = entry.String("language", maxLength: 10) ?? "en";
            if (language != "en" && !Translation.Languages.Contains(language))
            {
                var (l, c) = entry.PositionOf("language");
                bag.Add(DiagnosticCodes.BadSignOff, l, c, $"'{language}' is not a language of this site: use {string.Join(", ", Translation.Languages)}, or leave language out for English");
                continue;
            }

            var reviewer = entry.String("reviewer", required: true, maxLength: 100);
            var date = entry.Date("date", required: true);
            var fingerprint = entry.String("fingerprint", required: true, maxLength: 100);
            if (fingerprint is not null && !Fingerprint().IsMatch(fingerprint))
            {
                var (l, c) = entry.PositionOf("fingerprint");
                bag.Add(DiagnosticCodes.BadSignOff, l, c, "'fingerprint' must be 'sha256:' and 64 hex digits, as the sign-off command writes it: do not edit it by hand");
                continue;
            }

            if (article is not null && reviewer is not null && date is not null && fingerprint is not null)
            {
                signOffs.Add(new SignOff(article, reviewer, date.Value, fingerprint, entry.Line, entry.Column) { IsPage = isPage, Language = language });
            }
        }

        return signOffs;
    }

    [GeneratedRegex("^sha256:[0-9a-f]{64}$")]
    private static partial Regex Fingerprint();
}
