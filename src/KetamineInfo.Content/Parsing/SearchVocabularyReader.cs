using System.Text;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Files;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Yaml;
using Microsoft.Extensions.FileProviders;
using YamlDotNet.RepresentationModel;

namespace KetamineInfo.Content.Parsing;

/// <summary>
/// Reads and checks content/search/vocabulary.yml. A bad entry is reported at its line (KI0132) and left out; the
/// rest is kept, so the caller can choose between these words and the last good vocabulary. A missing file is no
/// vocabulary, not an error.
/// </summary>
public static class SearchVocabularyReader
{
    public const string FileName = "search/vocabulary.yml";

    private const int MaxPhraseWords = 5;
    private const int MaxPhraseLength = 60;
    private static readonly string[] Keys = ["stop_words", "synonyms", "intents"];
    private static readonly string[] IntentKeys = ["when", "find"];

    /// <summary>The vocabulary of a language's search: <c>search/vocabulary.yml</c>, <c>es/search/vocabulary.yml</c>.</summary>
    public static string FileFor(string language) => language == "en" ? FileName : $"{language}/{FileName}";

    /// <summary>The vocabulary in the content folder for <paramref name="language"/>'s search, with every problem found in it.</summary>
    public static (SearchVocabulary Vocabulary, IReadOnlyList<Diagnostic> Diagnostics) Read(IFileProvider content, string language = "en")
    {
        var files = new ContentFiles(content, "content", 1024 * 1024, 1);
        var diagnostics = new List<Diagnostic>();
        var file = FileFor(language);
        if (files.ReadText(file, diagnostics, required: false) is not { } yaml)
        {
            return (SearchVocabulary.None, diagnostics);
        }

        var bag = new DiagnosticBag(files.DisplayPath(file));
        var vocabulary = Read(yaml, bag);
        return (vocabulary, [.. diagnostics, .. bag.Items]);
    }

    internal static SearchVocabulary Read(string yaml, DiagnosticBag bag)
    {
        if (YamlMappingReader.For(SafeYaml.Load(yaml, bag), bag, 0, FileName) is not { } root)
        {
            return SearchVocabulary.None;
        }

        root.RejectUnknownKeys(Keys, FileName);
        var stopWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, node) in Scalars(root.Node("stop_words"), "stop_words", bag))
        {
            if (Words(word) is not [var only] || only.Length != word.Length)
            {
                Bad(bag, node, $"'{word}' in stop_words must be one word, letters only (a phrase goes in synonyms or intents)");
            }
            else if (!stopWords.TryAdd(only, Line(node)))
            {
                Bad(bag, node, $"'{word}' is already a stop word at line {stopWords[only]}: take out one of them");
            }
        }

        var grouped = new Dictionary<string, (int Line, string Phrase)>(StringComparer.Ordinal);
        var synonyms = new List<IReadOnlyList<string>>();
        foreach (var group in Items(root.Node("synonyms"), "synonyms", bag))
        {
            var members = new List<string>();
            var written = 0;
            foreach (var (phrase, node) in Scalars(group, "a synonyms group", bag))
            {
                written++;
                if (Phrase(phrase, node, bag) is not { } key)
                {
                    continue;
                }

                if (grouped.TryGetValue(key, out var earlier))
                {
                    Bad(bag, node, earlier.Line == Line(group)
                        ? $"'{phrase}' is the same words as '{earlier.Phrase}' in this group (search reads hyphens as spaces, and ignores case): take one out"
                        : $"'{phrase}' is already in the synonyms group at line {earlier.Line}: a word can be in one group only, so merge the groups or take it out of one");
                    continue;
                }

                grouped[key] = (Line(group), phrase);
                members.Add(phrase);
            }

            if (written == 1)
            {
                Bad(bag, group, $"this synonyms group has only '{members[0]}': a group needs two or more words that mean the same");
            }
            else if (members.Count > 1)
            {
                synonyms.Add(members);
            }
        }

        var intents = new List<SearchIntent>();
        foreach (var item in Items(root.Node("intents"), "intents", bag))
        {
            if (YamlMappingReader.For(item, bag, 0, "an intent") is not { } intent)
            {
                continue;
            }

            intent.RejectUnknownKeys(IntentKeys, "intent");
            var when = Phrases(intent, "when", bag);
            var find = Phrases(intent, "find", bag);
            if (when.Count > 0 && find.Count > 0)
            {
                intents.Add(new SearchIntent(when, find));
            }
        }

        return new SearchVocabulary([.. stopWords.Keys], synonyms, intents);
    }

    private static List<string> Phrases(YamlMappingReader intent, string key, DiagnosticBag bag)
    {
        var phrases = new List<string>();
        if (intent.Node(key) is null)
        {
            bag.Add(DiagnosticCodes.BadSearchVocabulary, intent.Line, intent.Column, key == "when"
                ? "this intent has no 'when': list the phrases a reader may type"
                : "this intent has no 'find': list the words the pages use for it");
            return phrases;
        }

        foreach (var (phrase, node) in Scalars(intent.Node(key), $"'{key}'", bag))
        {
            if (Phrase(phrase, node, bag) is not null)
            {
                phrases.Add(phrase);
            }
        }

        return phrases;
    }

    // The phrase's words joined by one space (how a search matches it), or null when it cannot be used.
    private static string? Phrase(string phrase, YamlNode node, DiagnosticBag bag)
    {
        var words = Words(phrase);
        if (words.Count == 0 || phrase.Length > MaxPhraseLength || words.Count > MaxPhraseWords)
        {
            Bad(bag, node, words.Count == 0
                ? $"'{phrase}' has no letters or digits, so a search can never match it"
                : $"'{phrase}' is too long: a phrase can have at most {MaxPhraseWords} words and {MaxPhraseLength} characters");
            return null;
        }

        return string.Join(' ', words);
    }

    /// <summary>A phrase's words as search compares them: lower case, split at anything but letters, digits and apostrophes.</summary>
    public static IReadOnlyList<string> Words(string phrase)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in phrase)
        {
            if (char.IsLetterOrDigit(c) || c is '\'' or '’')
            {
                word.Append(c == '’' ? '\'' : char.ToLowerInvariant(c));
            }
            else
            {
                Take();
            }
        }

        Take();
        return words;

        void Take()
        {
            if (word.ToString().Trim('\'') is { Length: > 0 } taken)
            {
                words.Add(taken);
            }

            word.Clear();
        }
    }

    private static List<YamlNode> Items(YamlNode? node, string what, DiagnosticBag bag)
    {
        if (node is null)
        {
            return [];
        }

        if (node is YamlSequenceNode list)
        {
            return [.. list];
        }

        Bad(bag, node, $"{what} must be a list, one entry a line starting with '- '");
        return [];
    }

    private static IEnumerable<(string Text, YamlNode Node)> Scalars(YamlNode? node, string what, DiagnosticBag bag)
    {
        foreach (var item in Items(node, what, bag))
        {
            if (item is YamlScalarNode { Value: { } text } && text.Trim().Length > 0)
            {
                yield return (text.Trim(), item);
            }
            else
            {
                Bad(bag, item, $"each entry of {what} must be a word or phrase, not empty, a list or a block");
            }
        }
    }

    private static void Bad(DiagnosticBag bag, YamlNode node, string message) =>
        bag.Add(DiagnosticCodes.BadSearchVocabulary, Line(node), (int)Math.Max(1, node.Start.Column), message);

    private static int Line(YamlNode node) => (int)Math.Max(1, node.Start.Line);
}
