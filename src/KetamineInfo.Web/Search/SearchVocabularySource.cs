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
    private (long Version, SearchVocabulary Vocabulary)? _current;
    private SearchVocabulary? _lastGood;

    /// <summary>The vocabulary to search <paramref name="snapshot"/> with.</summary>
    public SearchVocabulary For(ContentSnapshot snapshot)
    {
        lock (_lock)
        {
            if (_current is { } current && current.Version >= snapshot.Version)
            {
                return current.Vocabulary;
            }

            var (read, diagnostics) = SearchVocabularyReader.Read(content);
            var errors = diagnostics.Count(d => d.IsError);
            if (errors == 0)
            {
                _lastGood = read;
            }
            else
            {
                LogBadVocabulary(errors, diagnostics.First(d => d.IsError).ToString(), _lastGood is not null);
            }

            var vocabulary = _lastGood ?? read;
            _current = (snapshot.Version, vocabulary);
            return vocabulary;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search vocabulary has {Errors} errors, the first: {First}. Search keeps the last good vocabulary ({KeptLastGood}; else the file's good entries). Run check to see every problem")]
    private partial void LogBadVocabulary(int errors, string first, bool keptLastGood);
}
