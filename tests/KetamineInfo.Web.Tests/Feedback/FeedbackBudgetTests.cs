using System.Net;
using System.Text.Json;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KetamineInfo.Web.Tests.Feedback;

/// <summary>
/// A flood from many addresses (each under the per-network limit) meets the whole site's budget: past it, readers
/// are told plainly that no more feedback can be taken now, get their words back, nothing more is stored, and
/// readiness says Degraded while pages are served as before.
/// </summary>
public sealed class FeedbackBudgetTests : IDisposable
{
    private readonly BudgetSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task PastTheHourlyBudget_ReadersAreToldPlainly_NothingMoreIsStored_AndReadinessIsDegraded()
    {
        var client = _site.CreatePlainClient();
        var version = await FeedbackFormTests.VersionAsync(client);
        for (var i = 0; i < 2; i++)
        {
            using var thanked = await FeedbackFormTests.PostAsync(client, FeedbackFormTests.Form(version, ("useful", "yes")));
            Assert.Equal(HttpStatusCode.SeeOther, thanked.StatusCode);
        }

        using var refused = await FeedbackFormTests.PostAsync(client, FeedbackFormTests.Form(version, ("useful", "no"), ("text", "The dose table is hard to read.")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.StartsWith("We cannot take more feedback right now, so yours was not sent.", page.QuerySelector(".feedback-problem")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The dose table is hard to read.", page.QuerySelector("textarea")!.TextContent);
        Assert.Equal(2, (await _site.Services.GetRequiredService<KetamineInfo.Web.Feedback.IFeedbackStore>().ReadAsync(null, CancellationToken.None)).Count);

        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var health = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        var feedback = health.RootElement.GetProperty("checks").GetProperty("feedback");
        Assert.Equal("Degraded", feedback.GetProperty("status").GetString());
        Assert.Contains("this hour's limit of 2 answers is reached", feedback.GetProperty("description").GetString(), StringComparison.Ordinal);
        using var article = await client.GetAsync(new Uri("/articles/first-article", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
    }

    private sealed class BudgetSite : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Feedback:PermitLimit", "1000");
            builder.UseSetting("Feedback:MaxPerHour", "2");
        }
    }
}
