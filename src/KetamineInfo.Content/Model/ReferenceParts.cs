using System.Globalization;

namespace KetamineInfo.Content.Model;

/// <summary>
/// A reference split into the parts a Sources list shows, each already ending in exactly one full stop
/// (or the question mark a title may end with). Editors write fields the way the source prints them —
/// "et al.", a title ending in "?", a journal line that already holds the year — so the punctuation is
/// settled here, once, rather than in each view: "et al..", "2023.2023." and "Dec 2022.2022." never show.
/// </summary>
public sealed record ReferenceParts(string? Authors, string Title, string TitleEnd, string? Container, string? Year)
{
    public static ReferenceParts Of(Reference reference)
    {
        var (title, titleEnd) = SplitEnding(reference.Title);
        var year = reference.Year?.ToString(CultureInfo.InvariantCulture);
        var container = AsSentence(reference.Container);

        // A journal line such as "Am J Psychiatry 2019;176(6):428–438" already carries the year.
        var showYear = year is not null && (container is null || !container.Contains(year, StringComparison.Ordinal));
        return new ReferenceParts(AsSentence(reference.Authors), title, titleEnd, container, showYear ? year + "." : null);
    }

    /// <summary>The whole entry as one line of text, as a reader sees it.</summary>
    public string Text => string.Join(' ', new[] { Authors, Title + TitleEnd, Container, Year }.Where(p => p is not null));

    private static string? AsSentence(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var (body, end) = SplitEnding(text);
        return body + end;
    }

    private static (string Body, string End) SplitEnding(string text)
    {
        var trimmed = text.Trim().TrimEnd('.', ' ', ',', ';');
        return trimmed.EndsWith('?') || trimmed.EndsWith('!') ? (trimmed, string.Empty) : (trimmed, ".");
    }
}
