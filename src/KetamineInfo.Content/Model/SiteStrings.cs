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

    /// <summary>The file of one language's words: <c>strings/es.yml</c>.</summary>
    public static string FileNameFor(string language) => $"strings/{language}.yml";

    /// <summary>
    /// These words (a translation's, which may lack keys) over <paramref name="english"/>: a key without words here is
    /// given the English, so a page never breaks for a word not yet translated (check names each such key).
    /// </summary>
    public SiteStrings Over(SiteStrings english) =>
        new(english.Values.Keys.ToDictionary(k => k, k => values.TryGetValue(k, out var text) ? text : english[k], StringComparer.Ordinal));

    public IReadOnlyDictionary<string, string> Values => values;

    /// <summary>
    /// The words the page scripts write (the <c>script</c> group, without its prefix) as JSON for a data block, made once
    /// per set of words (a content snapshot), not per page. JavaScriptEncoder.Default escapes &lt; and &gt;, so the text
    /// can never close the block.
    /// </summary>
    public string ScriptWordsJson => _scriptWords ??= System.Text.Json.JsonSerializer.Serialize(
        values.Where(p => p.Key.StartsWith("script.", StringComparison.Ordinal)).ToDictionary(p => p.Key["script.".Length..], p => p.Value));

    private string? _scriptWords;

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
