namespace KetamineInfo.Content.Model;

/// <summary>
/// The words in <c>content/shared/*.md</c>, by name (the file name without <c>.md</c>): written once, placed on
/// any page with <c>~~~include NAME</c>. Safety words live here so that every page says them the same way.
/// </summary>
public sealed class SharedTexts(IReadOnlyDictionary<string, string> texts, string folder = SharedTexts.Folder)
{
    public const string Folder = "shared";

    /// <summary>The emergency signs after a dose, the numbers to call, and crisis lines.</summary>
    public const string EmergencyAfterDose = "emergency-after-dose";

    /// <summary>The crisis lines for someone thinking about ending their life.</summary>
    public const string CrisisHelp = "crisis-help";

    public static readonly SharedTexts None = new(new Dictionary<string, string>());

    /// <summary>Where these words live: <c>shared</c>, or a language's own <c>es/shared</c>.</summary>
    public string Where => folder;

    public IEnumerable<string> Names => texts.Keys.Order(StringComparer.Ordinal);

    public string NamesForMessage => texts.Count == 0 ? $"({folder}/ has no .md files)" : string.Join(", ", Names.Select(n => $"'{n}'"));

    public string? Find(string name) => texts.GetValueOrDefault(name);
}
