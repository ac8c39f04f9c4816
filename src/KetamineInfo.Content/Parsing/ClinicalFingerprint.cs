using System.Security.Cryptography;
using System.Text;
using KetamineInfo.Content.Model;

namespace KetamineInfo.Content.Parsing;

/// <summary>
/// A fingerprint of what a clinician approves: the title, the summary and the Markdown body readers see.
/// Line endings and trailing spaces do not count; any other change to those words does. Dates, order,
/// aliases and the page history are not clinical content and are left out. The shared words a page places
/// with <c>~~~include</c> count as its own: a change to them changes what the reader of this page sees.
/// </summary>
internal static class ClinicalFingerprint
{
    public static string Of(SourceDocument document, IReviewedMetadata metadata)
    {
        var lines = document.Text.ReplaceLineEndings("\n").Split('\n').Skip(document.BodyLine - 1).Select(l => l.TrimEnd());
        var text = $"title: {metadata.Title}\nsummary: {metadata.Summary}\n\n{string.Join('\n', lines).Trim()}\n";
        foreach (var (name, words) in document.Included)
        {
            text += $"\ninclude {name}:\n{words.ReplaceLineEndings("\n").Trim()}\n";
        }

        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
