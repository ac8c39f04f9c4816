using System.Security.Cryptography;
using System.Text;
using KetamineInfo.Content.Model;

namespace KetamineInfo.Content.Parsing;

/// <summary>
/// A fingerprint of what a clinician approves: the title, the summary and the Markdown body readers see.
/// Line endings and trailing spaces do not count; any other change to those words does. Dates, order,
/// aliases and the page history are not clinical content and are left out. The shared words a page places
/// with <c>~~~include</c> count as its own: a change to them changes what the reader of this page sees. So do the
/// glossary definitions it links and the sources it lists: a changed definition or a swapped study changes the page.
/// </summary>
internal static class ClinicalFingerprint
{
    public static string Of(SourceDocument document, IReviewedMetadata metadata, RenderedBody? body = null) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TextOf(document, metadata, body))));

    /// <summary>
    /// The words the fingerprint is made of, one per line: what a clinician approves, and what the sign-off command
    /// keeps a copy of, so a later change can be compared with what they saw.
    /// </summary>
    public static string TextOf(SourceDocument document, IReviewedMetadata metadata, RenderedBody? body = null)
    {
        var lines = document.Text.ReplaceLineEndings("\n").Split('\n').Skip(document.BodyLine - 1).Select(l => l.TrimEnd());
        var text = $"title: {metadata.Title}\nsummary: {metadata.Summary}\n\n{string.Join('\n', lines).Trim()}\n";
        foreach (var (name, words) in document.Included)
        {
            text += $"\ninclude {name}:\n{words.ReplaceLineEndings("\n").Trim()}\n";
        }

        // The page also shows words kept elsewhere: the definitions of the glossary terms it links, and its sources.
        foreach (var term in body?.GlossaryTerms ?? [])
        {
            text += $"\nterm {term.Term}: {term.Definition}";
        }

        foreach (var source in body?.Sources ?? [])
        {
            var r = source.Reference;
            text += $"\nsource {source.Number}: {r.Authors} | {r.Title} | {r.Container} | {r.Year} | {r.Doi} | {r.Pmid} | {r.Url} | {r.CopyUrl}";
        }

        return text;
    }
}
