using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace KetamineInfo.Web.Search;

/// <summary>
/// English analysis as EnglishAnalyzer does it (standard tokens, possessives, lower case, stop words,
/// Porter stems) with readers' synonyms in the middle, used alike for indexing and for queries — so
/// "Spravato" finds "esketamine" and "special K" finds "ketamine".
/// </summary>
internal sealed class SearchAnalyzer(SynonymMap synonyms) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new SynonymFilter(stream, synonyms, ignoreCase: true);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
