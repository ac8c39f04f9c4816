using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Loading;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Tests.Support;
using Microsoft.Extensions.FileProviders;

namespace KetamineInfo.Content.Tests;

/// <summary>Every rule over the shipped content/ folder, on the day it was written for (so it means the same next year).</summary>
public sealed class RealContentTests
{
    private static readonly Lazy<ContentSnapshot> Snapshot = new(() =>
        new ContentLoader(new PhysicalFileProvider(Repository.ContentPath), new FixedDateClock()).Load());

    public static TheoryData<string> RequiredArticles =>
    [
        "what-is-ketamine", "ketamine-for-depression", "how-ketamine-works",
        "side-effects-and-risks", "accessing-ketamine-therapy", "future-of-ketamine-research",
    ];

    [Fact]
    public void Content_LoadsWithoutErrors() =>
        Assert.Empty(Snapshot.Value.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));

    [Theory]
    [MemberData(nameof(RequiredArticles))]
    public void RequiredArticle_IsPublished(string slug) => Assert.NotNull(Snapshot.Value.FindPublished(slug));

    [Fact]
    public void EveryArticle_IsWithinTheReadingGradeLimit()
    {
        var limit = Snapshot.Value.Site.ReadingGradeLimit;
        Assert.All(Snapshot.Value.Articles, a => Assert.True(a.Body.Statistics.ReadingGrade <= limit, $"{a.Slug}: grade {a.Body.Statistics.ReadingGrade}"));
    }

    [Fact]
    public void EveryArticle_HasAtLeast600WordsAndFiveSources() =>
        Assert.All(Snapshot.Value.Articles, a =>
        {
            Assert.True(a.Body.Statistics.Words >= 600, $"{a.Slug}: {a.Body.Statistics.Words} words");
            Assert.True(a.Body.Sources.Count >= 5, $"{a.Slug}: {a.Body.Sources.Count} sources");
        });

    [Fact]
    public void EveryClinicalArticle_SaysWhatWeDoNotKnowYet() =>
        Assert.All(Snapshot.Value.Articles, a => Assert.Contains(a.Body.Headings, h => h.Id == "what-we-dont-know-yet"));

    [Fact]
    public void EveryArticle_OpensWithKeyFactsThatAreNotTheSummary() =>
        Assert.Empty(Snapshot.Value.Diagnostics.Where(d => d.Code == DiagnosticCodes.InShortMissing.Id).Select(d => d.ToString()));

    [Fact]
    public void EveryReference_IsCitedSomewhere() =>
        Assert.Empty(Snapshot.Value.Diagnostics.Where(d => d.Code == DiagnosticCodes.UncitedReference.Id).Select(d => d.Message));

    [Fact]
    public void EveryReference_HasADoiPubMedIdOrUrl() =>
        Assert.All(Snapshot.Value.References.Values, r =>
            Assert.True(Uri.TryCreate(r.Link, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal), $"{r.Key}: '{r.Link}'"));

    [Fact]
    public void Glossary_HasAtLeastTwentyTerms() => Assert.True(Snapshot.Value.Glossary.Count >= 20);

    [Fact]
    public void GlossaryDefinitions_ReadAtGradeSixOrLower()
    {
        var counts = Snapshot.Value.Glossary.Select(t => Text.ReadabilityMeter.Count(t.Definition)).ToList();
        var statistics = new TextStatistics(counts.Sum(c => c.Words), counts.Sum(c => c.Sentences), counts.Sum(c => c.Syllables), 0);

        Assert.True(statistics.ReadingGrade <= 6, $"glossary reads at grade {statistics.ReadingGrade}");
    }

    [Theory]
    [InlineData("about")]
    [InlineData("questions")]
    public void StandalonePage_IsPublished(string slug) => Assert.True(Snapshot.Value.Pages.ContainsKey(slug));

    [Fact]
    public void CertaintyBadges_LinkToAGlossaryEntryThatExists() =>
        Assert.Contains(Snapshot.Value.Glossary, g => $"/glossary#{g.Id}" == "/glossary#certainty-of-evidence");

    [Fact]
    public void NoArticle_ClaimsAClinicalReviewThatDidNotHappen()
    {
        Assert.Empty(Snapshot.Value.Reviewers);
        Assert.All(Snapshot.Value.Articles, a => Assert.Equal(ReviewState.NotReviewed, a.Review.State));
    }
}
