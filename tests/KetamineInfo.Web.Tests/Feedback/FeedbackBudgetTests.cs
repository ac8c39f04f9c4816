using System.Net;
using System.Text.Json;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

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

    [Fact]
    public async Task PastTheBudget_AScriptedPostIsRefusedBeforeItsFormIsRead_AfterTheRefusalDelay_AndLoggedOnceAsAWarning()
    {
        var client = _site.CreatePlainClient();
        var version = await FeedbackFormTests.VersionAsync(client);
        for (var i = 0; i < 2; i++)
        {
            using var thanked = await FeedbackFormTests.PostAsync(client, FeedbackFormTests.Form(version, ("useful", "yes")));
            Assert.Equal(HttpStatusCode.SeeOther, thanked.StatusCode);
        }

        // Forty unknown fields would be refused as "too many fields" (400) once the form is read: a 503 for the
        // budget instead shows the form was never read.
        var form = FeedbackFormTests.Form(version, ("useful", "no"));
        form.AddRange(Enumerable.Range(0, 40).Select(i => new KeyValuePair<string, string>($"extra{i}", "x")));
        var started = TimeProvider.System.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/feedback") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("Origin", "http://localhost");
        request.Headers.Accept.ParseAdd("application/json");
        using var refused = await client.SendAsync(request);
        var waited = TimeProvider.System.GetElapsedTime(started);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), refused.Headers.RetryAfter?.Delta);
        using var answer = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.False(answer.RootElement.GetProperty("ok").GetBoolean());
        Assert.StartsWith("We cannot take more feedback right now", answer.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        // A timer may fire a millisecond or so before a stopwatch says the time is up: allow that, not an early answer.
        Assert.True(waited >= BudgetSite.RefusalDelay - TimeSpan.FromMilliseconds(20), $"answered after {waited.TotalMilliseconds:0} ms, before the {BudgetSite.RefusalDelay.TotalMilliseconds:0} ms delay");

        // The request log: every refusal at Information (Serilog's default would make each 503 an Error line),
        // and the reason said once, as a warning, however many posts were refused.
        using var again = await FeedbackFormTests.PostAsync(client, FeedbackFormTests.Form(version, ("useful", "yes")));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, again.StatusCode);
        var events = _site.Log.Events;
        var refusals = events.Where(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("POST /feedback 503", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, e => Assert.Equal(Serilog.Events.LogEventLevel.Information, e.Level));
        var told = Assert.Single(events, e => e.Level == Serilog.Events.LogEventLevel.Warning && e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("Feedback is refused until the budget renews", StringComparison.Ordinal));
        Assert.Contains("limit of 2 answers is reached", told.RenderMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private sealed class BudgetSite : SiteFactory
    {
        public static readonly TimeSpan RefusalDelay = TimeSpan.FromMilliseconds(400);

        public CollectedLog Log { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Feedback:PermitLimit", "1000");
            builder.UseSetting("Feedback:MaxPerHour", "2");
            builder.UseSetting("Feedback:RefusalDelay", RefusalDelay.ToString());
            builder.ConfigureServices(services => services.AddSerilog(new Serilog.LoggerConfiguration().MinimumLevel.Information().WriteTo.Sink(Log).CreateLogger()));
        }
    }

    private sealed class CollectedLog : Serilog.Core.ILogEventSink
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<Serilog.Events.LogEvent> _events = new();

        public IReadOnlyList<Serilog.Events.LogEvent> Events => [.. _events];

        public void Emit(Serilog.Events.LogEvent logEvent) => _events.Enqueue(logEvent);
    }
}
