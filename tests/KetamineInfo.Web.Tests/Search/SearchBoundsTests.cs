using System.Net;
using KetamineInfo.Content.Loading;
using KetamineInfo.Web.Search;
using KetamineInfo.Web.Tests.Support;
using Lucene.Net.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KetamineInfo.Web.Tests.Search;

/// <summary>What one search may cost: bounded words and fuzzy lookups, and a bounded number running at once.</summary>
[Collection(SharedSite.Name)]
public sealed class SearchBoundsTests(SiteFactory site)
{
    [Fact]
    public void AVeryLongWord_IsLookedUpExactly_NotFuzzily()
    {
        using var index = Index();

        var built = index.BuildQuery(index.Read(new string('q', 200)));

        Assert.Equal(0, built.FuzzyLookups);
        Assert.NotEmpty(Clauses(built.Query).OfType<TermQuery>());
    }

    [Fact]
    public void AQueryOfManyUnknownWords_LooksAtTwelveAndFuzzilyAtThree()
    {
        using var index = Index();
        var words = string.Join(' ', Enumerable.Range(0, 30).Select(i => $"zzqxw{(char)('a' + (i % 26))}{i}"));

        var concepts = index.Read(words);
        var built = index.BuildQuery(concepts);
        var results = index.Search(words);

        Assert.Equal(SearchIndex.MaxQueryWords, concepts.Count);
        Assert.Equal(SearchIndex.MaxFuzzyWords, built.FuzzyLookups);
        Assert.Empty(results);
    }

    [Fact]
    public void AMistypedWord_IsStillFound()
    {
        using var index = Index();

        Assert.Contains(index.Search("presure"), r => r.PageUrl == "/articles/first-article");
    }

    [Fact]
    public async Task WhenEverySearchSlotIsTaken_ASearchIsTurnedAwayAtOnce_AndPagesStillAnswer()
    {
        using var factory = new SiteFactory().WithWebHostBuilder(b => b.UseSetting("Search:MaxConcurrent", "1").UseSetting("Search:QueueLimit", "0"));
        var client = factory.CreateClient();
        var gate = factory.Services.GetRequiredService<SearchGate>();
        using (var held = await gate.EnterAsync(CancellationToken.None))
        {
            Assert.True(held.IsAcquired);

            using var busy = await client.GetAsync(new Uri("/search?q=pressure", UriKind.Relative));
            using var page = await client.GetAsync(new Uri("/articles/first-article", UriKind.Relative));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(2), busy.Headers.RetryAfter!.Delta);
            Assert.True(busy.Headers.CacheControl!.NoStore);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        using var free = await client.GetAsync(new Uri("/search?q=pressure", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, free.StatusCode);
    }

    [Fact]
    public async Task ASearchWaitingForASlot_IsTurnedAwayAfterTheLongestWait_NotLeftWaiting()
    {
        using var factory = new SiteFactory().WithWebHostBuilder(b => b
            .UseSetting("Search:MaxConcurrent", "1").UseSetting("Search:QueueLimit", "4").UseSetting("Search:MaxWait", "00:00:00.300"));
        var client = factory.CreateClient();
        var gate = factory.Services.GetRequiredService<SearchGate>();
        using var held = await gate.EnterAsync(CancellationToken.None);
        Assert.True(held.IsAcquired);

        // Queued behind the held slot, which is never released while it waits.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        using var busy = await client.GetAsync(new Uri("/search?q=pressure", UriKind.Relative)).WaitAsync(TimeSpan.FromSeconds(30));
        waited.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.NotNull(busy.Headers.RetryAfter);
        Assert.InRange(waited.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(20));
    }

    // A negative wait is refused at start (Configuration/BadSettingTests); zero is the way to say "never wait".
    [Theory]
    [InlineData("00:00:00")]
    public async Task AZeroLongestWait_MeansNoWaiting_NotAnErrorPerSearch(string maxWait)
    {
        using var factory = new SiteFactory().WithWebHostBuilder(b => b.UseSetting("Search:MaxConcurrent", "1").UseSetting("Search:MaxWait", maxWait));
        var client = factory.CreateClient();

        using var free = await client.GetAsync(new Uri("/search?q=pressure", UriKind.Relative));
        HttpStatusCode busyStatus;
        using (var held = await factory.Services.GetRequiredService<SearchGate>().EnterAsync(CancellationToken.None))
        {
            Assert.True(held.IsAcquired);
            using var busy = await client.GetAsync(new Uri("/search?q=pressure", UriKind.Relative));
            busyStatus = busy.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, free.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, busyStatus);
    }

    private SearchIndex Index() =>
        new(KetamineInfo.Web.Search.SiteSearch.DocumentsOf(site.Services.GetRequiredService<KetamineInfo.Web.Publishing.PublishedSites>().Current),
            new SearchAnalyzer(), new QuestionReader(KetamineInfo.Content.Model.SearchVocabulary.None, new SearchAnalyzer()));

    private static IEnumerable<Query> Clauses(BooleanQuery query) =>
        query.Clauses.Select(c => c.Query).OfType<DisjunctionMaxQuery>().SelectMany(d => d.Disjuncts);
}
