using System.Globalization;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Xunit.Abstractions;

namespace KetamineInfo.Web.Tests.Search;

/// <summary>
/// Search measured on questions as patients ask them (Search/QuestionSet.txt, read by <see cref="QuestionSetFile"/>), over the real content, through the
/// real search page: how often a section that answers comes first, and how often one is in the first three.
/// The floors are the figures search reached when they were set (docs/benchmarks.md), so a change that makes
/// answers worse fails here.
/// </summary>
public sealed class QuestionSetTests(QuestionSetTests.UnlimitedSiteFactory site, ITestOutputHelper output) : IClassFixture<QuestionSetTests.UnlimitedSiteFactory>
{
    private const double SectionTop1Floor = 0.90;
    private const double SectionTop3Floor = 0.98;

    [Fact]
    public async Task QuestionSet_IsLargeEnough_AndEveryAnswerIsASectionThatExists()
    {
        var questions = QuestionSetFile.Load();
        var client = site.CreateClient();

        Assert.True(questions.Count >= 40, $"only {questions.Count} questions");
        Assert.All(questions, q => Assert.NotEmpty(q.Answers));
        foreach (var address in questions.SelectMany(q => q.Answers).Distinct(StringComparer.Ordinal))
        {
            var (path, fragment) = QuestionSetFile.Split(address);
            var page = await client.GetDocumentAsync(path);
            Assert.True(fragment.Length == 0 || page.GetElementById(fragment) is not null, $"{address}: no such section");
        }
    }

    [Fact]
    public async Task QuestionSet_AnsweringSectionsRankFirstAndInTheTopThree()
    {
        var questions = QuestionSetFile.Load();
        var client = site.CreateClient();
        int sectionTop1 = 0, sectionTop3 = 0, pageTop1 = 0, pageTop3 = 0;
        foreach (var question in questions)
        {
            var page = await client.GetDocumentAsync($"/search?q={Uri.EscapeDataString(question.Question)}");
            var results = page.QuerySelectorAll(".search-results a.result-link").Select(a => a.GetAttribute("href")!).ToList();
            var answerPages = question.Answers.Select(a => QuestionSetFile.Split(a).Path).ToList();

            var sectionRank = QuestionSetFile.RankOfAnswer(question.Answers, results);
            var pageRank = QuestionSetFile.RankOfAnswer(answerPages, [.. results.Select(r => QuestionSetFile.Split(r).Path)]);
            sectionTop1 += sectionRank == 0 ? 1 : 0;
            sectionTop3 += sectionRank is >= 0 and < 3 ? 1 : 0;
            pageTop1 += pageRank == 0 ? 1 : 0;
            pageTop3 += pageRank is >= 0 and < 3 ? 1 : 0;
            if (sectionRank != 0)
            {
                output.WriteLine($"{(sectionRank is < 0 or >= 3 ? "not in the top 3" : "not first")}: '{question.Question}' → {string.Join(", ", results.Take(3))}");
            }
        }

        double Share(int count) => (double)count / questions.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{questions.Count} questions. Answering section: top 1 {Share(sectionTop1):P0}, top 3 {Share(sectionTop3):P0}. Answering page: top 1 {Share(pageTop1):P0}, top 3 {Share(pageTop3):P0}."));
        Assert.True(Share(sectionTop1) >= SectionTop1Floor, $"top 1 {Share(sectionTop1):P0} is below its floor {SectionTop1Floor:P0}");
        Assert.True(Share(sectionTop3) >= SectionTop3Floor, $"top 3 {Share(sectionTop3):P0} is below its floor {SectionTop3Floor:P0}");
    }

    /// <summary>The real content in Production, with a per-client search limit no question set reaches.</summary>
    public sealed class UnlimitedSiteFactory() : SiteFactory(Repository.ContentPath, "Production")
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Search:PermitLimit", "100000");
        }
    }
}
