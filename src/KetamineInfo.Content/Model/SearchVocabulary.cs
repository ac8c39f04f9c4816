namespace KetamineInfo.Content.Model;

/// <summary>
/// How readers' words reach the words the pages use (content/search/vocabulary.yml, owned by editors): words a
/// question is made of that carry no meaning, groups of words that mean the same, and intents, where a reader's
/// phrase should also find the words pages use for it. Read by <c>Parsing.SearchVocabularyReader</c>.
/// </summary>
public sealed record SearchVocabulary(IReadOnlyList<string> StopWords, IReadOnlyList<IReadOnlyList<string>> Synonyms, IReadOnlyList<SearchIntent> Intents)
{
    /// <summary>No vocabulary: every word a reader types counts, and only as typed.</summary>
    public static SearchVocabulary None { get; } = new([], [], []);
}

/// <summary>A phrase a reader may type (any of <see cref="When"/>) and the words pages use for it (<see cref="Find"/>): one way only.</summary>
public sealed record SearchIntent(IReadOnlyList<string> When, IReadOnlyList<string> Find);
