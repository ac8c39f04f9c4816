using System.Net;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KetamineInfo.Web.Tests.Pages.Articles;

/// <summary>A review date that passes never takes a page down: readers are told, and the site keeps serving.</summary>
public sealed class ReviewDueTests
{
    [Fact]
    public async Task AfterItsNextReviewDate_AnArticleIsStillServed_WithADueForReviewLine()
    {
        // The fixtures' next_review is 25 November 2027; this site starts cold a year and a day later.
        using var factory = new SiteFactory().WithWebHostBuilder(b => b.ConfigureServices(services =>
            services.AddSingleton<TimeProvider>(new FixedDateClock(new DateTimeOffset(2028, 11, 26, 9, 0, 0, TimeSpan.Zero)))));
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/articles/first-article");
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("due for review", page.QuerySelector(".review-due")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("/articles/first-article", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTheDayAReviewFallsDue_ARunningSiteShowsTheNotice_WithoutAContentReload()
    {
        // Frozen time that the test moves: the site has served (and cached) the page the day before.
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 11, 25, 22, 0, 0, TimeSpan.Zero));
        using var factory = new SiteFactory().WithWebHostBuilder(b => b.ConfigureServices(services => services.AddSingleton<TimeProvider>(clock)));
        var client = factory.CreateClient();
        var before = await client.GetDocumentAsync("/articles/first-article");
        Assert.Null(before.QuerySelector(".review-due"));

        clock.Advance(TimeSpan.FromHours(3)); // 26 November 2027: the review date has passed
        var after = await client.GetDocumentAsync("/articles/first-article");

        Assert.NotNull(after.QuerySelector(".review-due"));
    }

    [Fact]
    public async Task BeforeItsNextReviewDate_NoDueForReviewLineShows()
    {
        using var factory = new SiteFactory();

        var page = await factory.CreateClient().GetDocumentAsync("/articles/first-article");

        Assert.Null(page.QuerySelector(".review-due"));
    }
}
