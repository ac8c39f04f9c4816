using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace KetamineInfo.Web.Search;

/// <summary>
/// English analysis as EnglishAnalyzer does it (standard tokens, possessives, lower case, Porter stems) but with no
/// stop words: which words carry no meaning is the vocabulary's to say (content/search/vocabulary.yml), applied to
/// the question (<see cref="QuestionReader"/>), so a phrase pages use ("who should not take it") is found exactly.
/// Synonyms and intents are applied to the question too, so the index holds the pages' own words only, and a
/// vocabulary change needs no new index. The same analysis reads the index, the question and the snippets.
/// </summary>
internal sealed class SearchAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
