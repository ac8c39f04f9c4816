using System.Text.RegularExpressions;

namespace KetamineInfo.Web.Feedback;

/// <summary>
/// Cleans what a reader typed before it is stored: control characters go, and anything that looks like an
/// email address or a phone number is masked, because we promised not to keep personal details.
/// </summary>
public static partial class FeedbackText
{
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var plain = new string([.. text.Where(c => !char.IsControl(c) || c is '\n')]).Replace("\r", string.Empty, StringComparison.Ordinal).Trim();
        plain = Email().Replace(plain, "[email removed]");
        plain = Phone().Replace(plain, "[phone number removed]");
        return plain.Length == 0 ? null : plain;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Email();

    // Seven or more digits, with the spaces, dots, dashes, brackets and plus signs people write them with.
    [GeneratedRegex(@"\+?\(?\d[\d\s().\-]{5,}\d", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Phone();
}
