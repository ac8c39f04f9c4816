using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace KetamineInfo.Web.Search;

/// <summary>
/// English analysis as EnglishAnalyzer does it: standard tokens, possessives, lower case, stop words, Porter stems.
/// The index and the query's phrases use it with English stop words (<see cref="ForIndex"/>); matching a reader's
/// words against the vocabulary uses it with none (<see cref="ForMatching"/>), so "how much" is still there to match.
/// Synonyms and intents are not applied here but to the query (<see cref="QuestionReader"/>), so the index holds the
/// pages' own words only, and a vocabulary change needs no new index.
/// </summary>
internal sealed class SearchAnalyzer(CharArraySet stopWords) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static SearchAnalyzer ForIndex() => new(EnglishAnalyzer.DefaultStopSet);

    public static SearchAnalyzer ForMatching() => new(CharArraySet.Empty);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, stopWords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
