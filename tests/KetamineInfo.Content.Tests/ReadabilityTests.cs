using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Tests.Support;
using KetamineInfo.Content.Text;

namespace KetamineInfo.Content.Tests;

public sealed class ReadabilityTests
{
    [Theory]
    [InlineData("cat", 1)]
    [InlineData("table", 2)]
    [InlineData("ketamine", 3)]
    [InlineData("depression", 3)]
    [InlineData("anesthetic", 4)]
    [InlineData("approved", 2)]
    [InlineData("medicines", 3)]
    public void Syllables_AreCountedExactlyForCommonWords(string word, int expected) =>
        Assert.Equal(expected, Syllables.Count(word));

    [Fact]
    public void Count_SplitsSentencesOnTerminators_AndEndsParagraphs()
    {
        var (words, sentences, _) = ReadabilityMeter.Count("The dose is 0.5 mg. It takes 40 minutes! Is that long? A list item without a stop");

        Assert.Equal(18, words);
        Assert.Equal(4, sentences);
    }

    [Fact]
    public void ReadingGrade_LeavesOutTablesAndCitations()
    {
        using var content = new TempContent();
        content.Article("simple", """
            The cat sat on the mat [@SMITH2021]. The dog ran to the cat.

            | Pharmacokinetic characteristics | Bioavailability considerations |
            |---|---|
            | Extraordinarily complicated terminology | Incomprehensible multisyllabic vocabulary |
            """);

        var stats = content.Load().ArticlesBySlug["simple"].Body.Statistics;

        Assert.Equal(12, stats.Words);
        Assert.Equal(2, stats.Sentences);
        Assert.True(stats.ReadingGrade < 2, $"grade {stats.ReadingGrade}");
    }

    [Fact]
    public void ReadingGrade_OverTheLimit_IsAnError()
    {
        using var content = new TempContent();
        content.Write("site.yml", TempContent.SiteYml.Replace("reading_grade_limit: 20", "reading_grade_limit: 8", StringComparison.Ordinal));
        content.Article("dense", "Pharmacokinetic considerations notwithstanding, intravenous administration of subanesthetic racemic ketamine demonstrates considerable antidepressant efficacy, particularly regarding treatment-resistant presentations characterized by inadequate responsiveness to conventional monoaminergic interventions.");

        var error = Assert.Single(content.Load().Diagnostics, d => d.Code == DiagnosticCodes.ReadingGradeTooHigh.Id);

        Assert.Equal(9, error.Line);
    }
}
