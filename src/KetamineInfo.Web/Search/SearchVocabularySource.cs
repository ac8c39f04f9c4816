using KetamineInfo.Content.Model;
using KetamineInfo.Content.Parsing;
using KetamineInfo.Web.Publishing;
using Microsoft.Extensions.FileProviders;

namespace KetamineInfo.Web.Search;

/// <summary>
/// The search vocabulary (content/search/vocabulary.yml) for each content snapshot: read once per snapshot, since
/// any change in the content folder makes a new one. A file with errors never takes search down: the last good
/// vocabulary is kept (and, on a first start with a bad file, its good entries are used), and the problem is
/// logged; <c>check</c> names each bad entry with its line.
/// </summary>
public sealed partial class SearchVocabularySource(
    [FromKeyedServices(ContentServices.ContentKey)] IFileProvider content, ILogger<SearchVocabularySource> logger)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (long Version, SearchVocabulary Vocabulary)> _current = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SearchVocabulary> _lastGood = new(StringComparer.Ordinal);

    /// <summary>The vocabulary to search <paramref name="snapshot"/>'s pages in <paramref name="language"/> with.</summary>
    public SearchVocabulary For(ContentSnapshot snapshot, string language = "en")
    {
        lock (_lock)
        {
            if (_current.TryGetValue(language, out var current) && current.Version >= snapshot.Version)
            {
                return current.Vocabulary;
            }

            var (read, diagnostics) = SearchVocabularyReader.Read(content, language);
            var errors = diagnostics.Count(d => d.IsError);
            if (errors == 0)
            {
                _lastGood[language] = read;
            }
            else
            {
                LogBadVocabulary(SearchVocabularyReader.FileFor(language), errors, diagnostics.First(d => d.IsError).ToString(), _lastGood.ContainsKey(language));
            }

            var vocabulary = _lastGood.GetValueOrDefault(language) ?? read;
            _current[language] = (snapshot.Version, vocabulary);
            return vocabulary;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search vocabulary {File} has {Errors} errors, the first: {First}. Search keeps the last good vocabulary ({KeptLastGood}; else the file's good entries). Run check to see every problem")]
    private partial void LogBadVocabulary(string file, int errors, string first, bool keptLastGood);
}
