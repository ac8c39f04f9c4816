using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Parsing;

namespace KetamineInfo.Content.Tests;

/// <summary>content/search/vocabulary.yml: every bad entry named at its line in plain words, the good ones kept.</summary>
public sealed class SearchVocabularyTests
{
    [Fact]
    public void AGoodVocabulary_IsReadWhole()
    {
        var (vocabulary, problems) = Read("""
            stop_words: [how, much]
            synonyms:
              - [pregnancy, pregnant]
              - [breastfeeding, breast-feeding]
            intents:
              - when: [how much, cost]
                find: [price, insurance]
            """);

        Assert.Empty(problems);
        Assert.Equal(["how", "much"], vocabulary.StopWords);
        Assert.Equal(2, vocabulary.Synonyms.Count);
        Assert.Equal(["price", "insurance"], Assert.Single(vocabulary.Intents).Find);
    }

    [Theory]
    [InlineData("synonyms:\n  - [pregnancy, pregnant]\n  - [breastfeeding, pregnancy]\n", 3, 21, "'pregnancy' is already in the synonyms group at line 2: a word can be in one group only")]
    [InlineData("synonyms:\n  - [side effect, Side-Effect]\n", 2, 19, "'Side-Effect' is the same words as 'side effect' in this group")]
    [InlineData("synonyms:\n  - [alone]\n", 2, 5, "this synonyms group has only 'alone': a group needs two or more words")]
    [InlineData("stop_words: [how much]\n", 1, 14, "'how much' in stop_words must be one word")]
    [InlineData("stop_words: [how, How]\n", 1, 19, "'How' is already a stop word at line 1")]
    [InlineData("intents:\n  - when: [cost]\n", 2, 5, "this intent has no 'find'")]
    [InlineData("intents:\n  - when: [cost]\n    find: ['?!']\n", 3, 12, "'?!' has no letters or digits")]
    [InlineData("intents:\n  - when: [one two three four five six]\n    find: [x]\n", 2, 12, "is too long: a phrase can have at most 5 words")]
    public void ABadEntry_IsNamedAtItsLine_AndLeftOut(string yaml, int line, int column, string message)
    {
        var (_, problems) = Read(yaml);

        var problem = Assert.Single(problems);
        Assert.Equal((DiagnosticCodes.BadSearchVocabulary.Id, line, column), (problem.Code, problem.Line, problem.Column));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownKey_IsNamedWithAHint()
    {
        var (_, problems) = Read("synonym:\n  - [a, b]\n");

        Assert.Equal(DiagnosticCodes.UnknownKey.Id, Assert.Single(problems).Code);
    }

    [Fact]
    public void AMissingFile_IsNoVocabulary_NotAnError()
    {
        var (vocabulary, problems) = SearchVocabularyReader.Read(new Microsoft.Extensions.FileProviders.NullFileProvider());

        Assert.Empty(problems);
        Assert.Empty(vocabulary.Synonyms);
    }

    private static (Model.SearchVocabulary Vocabulary, IReadOnlyList<Diagnostic> Problems) Read(string yaml)
    {
        var bag = new DiagnosticBag(SearchVocabularyReader.FileName);
        var vocabulary = SearchVocabularyReader.Read(yaml, bag);
        return (vocabulary, bag.Items);
    }
}
