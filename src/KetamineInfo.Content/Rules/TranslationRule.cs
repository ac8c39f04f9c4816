using System.Globalization;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Parsing;

namespace KetamineInfo.Content.Rules;

/// <summary>
/// A translation names an English document that exists (KI0133), is its only translation in its language (KI0135), and was
/// made from the English words readers see now: when the source's fingerprint has moved on from <c>translated_from</c>,
/// a warning at that line (KI0210) says so. Made once per load, after every English file is read; worked out every load,
/// never cached, because it depends on other files.
/// </summary>
internal sealed class TranslationRule(IReadOnlySet<string> englishArticles, IReadOnlySet<string> englishPages) : IContentRule
{
    private readonly Dictionary<(string Language, bool IsPage, string Source), string> _claimed = [];

    public IReadOnlyList<DiagnosticCode> Codes { get; } =
        [DiagnosticCodes.TranslationOfNothing, DiagnosticCodes.DuplicateTranslation, DiagnosticCodes.TranslationBehind];

    /// <summary>
    /// Checks one translation. <paramref name="source"/> is the English document served now (its fingerprint and front
    /// matter), or null where it is not served; the answer is its short version and last change, for the translation to keep.
    /// </summary>
    public (string Version, DateOnly LastModified)? Check(SourceDocument document, TranslationMetadata metadata, bool isPage, (string Fingerprint, IReviewedMetadata Metadata)? source)
    {
        var bag = document.Diagnostics;
        var fm = document.FrontMatter!;
        var (line, column) = fm.PositionOf("translation_of");
        var kind = isPage ? "page" : "article";
        var english = isPage ? englishPages : englishArticles;
        if (!english.Contains(metadata.TranslationOf))
        {
            var hint = Suggest.Closest(metadata.TranslationOf, english, bag);
            bag.Add(DiagnosticCodes.TranslationOfNothing, line, column,
                $"translation_of '{metadata.TranslationOf}' names no English {kind}" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"));
            return null;
        }

        if (!_claimed.TryAdd((metadata.Language, isPage, metadata.TranslationOf), document.Path))
        {
            bag.Add(DiagnosticCodes.DuplicateTranslation, line, column,
                $"{_claimed[(metadata.Language, isPage, metadata.TranslationOf)]} already translates '{metadata.TranslationOf}': one translation per page and language");
            return null;
        }

        if (source is not { } served || Translation.ShortVersion(served.Fingerprint) is not { Length: > 0 } now)
        {
            return null;
        }

        if (!string.Equals(now, metadata.TranslatedFrom, StringComparison.Ordinal))
        {
            var (at, atColumn) = fm.PositionOf("translated_from");
            bag.Add(DiagnosticCodes.TranslationBehind, at, atColumn, string.Create(CultureInfo.InvariantCulture,
                $"the English '{metadata.TranslationOf}' (last changed {served.Metadata.LastModified:yyyy-MM-dd}) has changed since this translation was made from {metadata.TranslatedFrom}: update the translation, then set translated_from: {now}"));
        }

        return (now, served.Metadata.LastModified);
    }
}
