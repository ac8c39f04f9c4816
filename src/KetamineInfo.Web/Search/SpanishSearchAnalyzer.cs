using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace KetamineInfo.Web.Search;

/// <summary>
/// Spanish analysis as Lucene's SpanishAnalyzer does it (standard tokens, lower case, the light Spanish stemmer),
/// with accents folded first, so "depresion" finds "depresión" and "cuanto" finds "cuánto": readers on a phone often
/// type without them. As in English, no stop words here: es/search/vocabulary.yml says which words of a question
/// carry no meaning, so a phrase a page uses is found exactly.
/// </summary>
internal sealed class SpanishSearchAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(SearchAnalyzer.Version, reader);
        TokenStream stream = new LowerCaseFilter(SearchAnalyzer.Version, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new SpanishLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
