using System.Text.RegularExpressions;

namespace KetamineInfo.Content.Model;

/// <summary>
/// The words around every page — menus, labels, buttons, notices and messages — from <c>content/strings/en.yml</c>,
/// by dotted key (<c>page.not_reviewed</c>). The keys are the site's; the words are the editors'. A <c>{name}</c> in a
/// value is filled in by the site.
/// </summary>
public sealed partial class SiteStrings(IReadOnlyDictionary<string, string> values)
{
    public const string FileName = "strings/en.yml";

    public IReadOnlyDictionary<string, string> Values => values;

    /// <summary>The words for <paramref name="key"/>. A key the file lacks cannot reach here (check refuses the file), so this never guesses.</summary>
    public string this[string key] => values.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"no string '{key}' in {FileName}");

    /// <summary>The words with each <c>{name}</c> replaced by its value (plain text: the page encodes it).</summary>
    public string Format(string key, params (string Name, string Value)[] fills)
    {
        var text = this[key];
        foreach (var (name, value) in fills)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The <c>{name}</c> placeholders in a value, in order.</summary>
    public static IReadOnlyList<string> PlaceholdersIn(string value) => [.. Placeholder().Matches(value).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
