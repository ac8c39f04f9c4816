using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KetamineInfo.Content.Model;

/// <summary>URL slugs and heading ids: lowercase ASCII words joined by single hyphens.</summary>
public static partial class Slug
{
    public const int MaxLength = 80;

    public static bool IsValid(string? candidate) =>
        candidate is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(candidate);

    /// <summary>"What we don't know yet" → "what-we-dont-know-yet". Accents are folded; apostrophes vanish.</summary>
    public static string FromText(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (c is '\'' or '’' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                // Dropped without a break, so "don't" stays one word.
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString();
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
