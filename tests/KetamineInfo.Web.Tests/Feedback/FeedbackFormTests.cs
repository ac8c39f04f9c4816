using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using KetamineInfo.Web.Feedback;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KetamineInfo.Web.Tests.Feedback;

/// <summary>
/// The feedback form as a reader without JavaScript uses it, through the real app and a real SQLite file:
/// post, be sent back to the article with a thank-you, and only what was promised is stored.
/// </summary>
public sealed class FeedbackFormTests : IDisposable
{
    private readonly FeedbackSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Article_EndsWithTheForm_AfterTheClinicianNotice_BeforeTheSources()
    {
        var page = await _site.CreateClient().GetDocumentAsync("/articles/first-article");

        var order = page.QuerySelectorAll(".clinician-notice, #feedback, .sources").Select(e => e.ClassName).ToList();
        Assert.Equal(["clinician-notice", "feedback", "sources"], order);
        var form = page.QuerySelector("#feedback form")!;
        Assert.Equal("/feedback", form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Matches("^[0-9a-f]{12}$", form.QuerySelector("input[name=version]")!.GetAttribute("value"));
        Assert.Equal("1000", form.QuerySelector("textarea")!.GetAttribute("data-max"));
        Assert.Equal("/feedback?article=first-article&kind=error-report", page.QuerySelector(".feedback-report a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Answer_IsStoredWithoutPersonalDetails_AndTheReaderIsThankedOnThePage()
    {
        var client = _site.CreatePlainClient();
        var version = await VersionAsync(client);

        using var response = await PostAsync(client, Form(version, ("useful", "no"), ("text", "Missing the dose. Mail me at ann@example.org or call +44 7700 900123.")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/articles/first-article?feedback=thanks#feedback", response.Headers.Location!.OriginalString);
        var stored = Assert.Single(await StoredAsync());
        Assert.Equal(new FeedbackEntry("first-article", version, FeedbackKind.Answer, false,
            "Missing the dose. Mail me at [email removed] or call [phone number removed].", stored.Hour), stored);
        Assert.Equal(0, stored.Hour.Minute + stored.Hour.Second);
        var back = await client.GetDocumentAsync("/articles/first-article?feedback=thanks");
        Assert.StartsWith("Thank you.", back.QuerySelector("#feedback .feedback-thanks[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(back.QuerySelector("#feedback form"));
    }

    [Fact]
    public async Task ErrorReport_FromItsOwnPage_IsStoredAsAReport()
    {
        var client = _site.CreatePlainClient();
        var page = await client.GetDocumentAsync("/feedback?article=first-article&kind=error-report");
        Assert.NotNull(page.QuerySelector("textarea[required]"));
        Assert.Null(page.QuerySelector("input[name=useful]"));

        using var response = await PostAsync(client, Form(page.QuerySelector("input[name=version]")!.GetAttribute("value")!, ("kind", "error-report"), ("text", "The second sentence cites the wrong study.")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var stored = Assert.Single(await StoredAsync());
        Assert.Equal((FeedbackKind.ErrorReport, (bool?)null), (stored.Kind, stored.Useful));
    }

    [Theory]
    [InlineData("/feedback", "answer")]
    [InlineData("/feedback?kind=error-report", "error-report")]
    [InlineData("/feedback?article=no-such-article", "answer")]
    public async Task FeedbackPage_WithoutAPublishedArticle_AsksWhichPage_InsteadOfNotFound(string url, string kind)
    {
        using var response = await _site.CreatePlainClient().GetAsync(new Uri(url, UriKind.Relative));
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // a reload after posting lands here, not on "not found"
        Assert.Null(page.QuerySelector("form[action='/feedback']"));
        var choices = page.QuerySelectorAll(".feedback-pages a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/feedback?article=first-article&kind={kind}", choices);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://evil.example")]
    [InlineData("null")]
    public async Task PostFromAnotherSite_IsRefused_AndNothingIsStored(string? origin)
    {
        var client = _site.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/feedback") { Content = new FormUrlEncodedContent(Form(await VersionAsync(client), ("useful", "yes"))) };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await StoredAsync());
    }

    [Theory]
    [InlineData("article", "no-such-article", "There is no article")]
    [InlineData("kind", "praise", "must be 'answer' or 'error-report'")]
    [InlineData("version", "<script>", "page version")]
    public async Task UnknownArticleKindOrVersion_IsAClear400(string field, string value, string message)
    {
        var client = _site.CreatePlainClient();
        var form = Form(await VersionAsync(client), ("useful", "yes")).Where(f => f.Key != field).Append(new(field, value));

        using var response = await PostAsync(client, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await StoredAsync());
    }

    [Theory]
    [InlineData(null, "My words, kept.", "Please choose Yes or No.")]
    [InlineData("yes", null, "Your message is 1,001 characters long.")]
    public async Task AProblem_ShowsTheFormAgain_WithTheReadersOwnWords(string? answer, string? text, string message)
    {
        var client = _site.CreatePlainClient();
        text ??= new string('a', 1001);
        var fields = Form(await VersionAsync(client), ("text", text));
        if (answer is not null)
        {
            fields = [.. fields, new("useful", answer)];
        }

        using var response = await PostAsync(client, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.StartsWith(message, page.QuerySelector(".feedback-problem[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(text, page.QuerySelector("textarea")!.TextContent);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task Honeypot_LooksLikeSuccess_ButNothingIsStored()
    {
        var client = _site.CreatePlainClient();

        using var response = await PostAsync(client, Form(await VersionAsync(client), ("useful", "yes"), ("website", "http://spam.example")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task WithJavaScript_TheAnswerComesBackAsJson()
    {
        var client = _site.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/feedback") { Content = new FormUrlEncodedContent(Form(await VersionAsync(client), ("useful", "yes"))) };
        request.Headers.Add("Origin", "http://localhost");
        request.Headers.Add("Accept", "application/json");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        Assert.Equal("True", body!["ok"].ToString());
        Assert.Single(await StoredAsync());
    }

    [Fact]
    public async Task ABigBody_IsRefusedBeforeItIsRead()
    {
        // Kestrel, not the in-memory server: the body limit is the real server's.
        using var kestrel = new KestrelSiteFactory();
        using var client = new HttpClient { BaseAddress = kestrel.ClientOptions.BaseAddress };
        var version = await VersionAsync(kestrel.CreateClient());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/feedback") { Content = new FormUrlEncodedContent(Form(version, ("useful", "yes"), ("text", new string('x', 40_000)))) };
        request.Headers.Add("Origin", kestrel.ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority));

        using var response = await kestrel.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await kestrel.Services.GetRequiredService<IFeedbackStore>().ReadAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task AStandalonePage_TakesFeedbackToo_StoredUnderItsPageKey_AndThanksTheReaderOnThatPage()
    {
        var client = _site.CreatePlainClient();
        var page = await client.GetDocumentAsync("/about");
        var form = page.QuerySelector("#feedback form")!;
        Assert.Equal("pages/about", form.QuerySelector("input[name=article]")!.GetAttribute("value"));
        Assert.Equal("/feedback?article=pages%2Fabout&kind=error-report", page.QuerySelector(".feedback-report a")!.GetAttribute("href"));
        var version = form.QuerySelector("input[name=version]")!.GetAttribute("value")!;

        using var response = await PostAsync(client, [new("article", "pages/about"), new("version", version), new("kind", "answer"), new("useful", "yes")]);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/about?feedback=thanks#feedback", response.Headers.Location!.OriginalString);
        var stored = Assert.Single(await StoredAsync());
        Assert.Equal(("pages/about", version, true), (stored.Article, stored.ContentVersion, stored.Useful));
        var thanked = await client.GetDocumentAsync("/about?feedback=thanks");
        Assert.Equal(FeedbackModelThanks, thanked.QuerySelector(".feedback-thanks")!.TextContent.Trim());
        var report = await client.GetDocumentAsync("/feedback?article=pages%2Fabout&kind=error-report");
        Assert.Equal("/about", report.QuerySelector(".lead a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ThousandEmoji_AreAThousandCharacters_AsAReaderCountsThem()
    {
        var client = _site.CreatePlainClient();
        var version = await VersionAsync(client);
        var emoji = string.Concat(Enumerable.Repeat("\U0001F600", 1000));

        using var kept = await PostAsync(client, Form(version, ("useful", "yes"), ("text", emoji)));
        using var refused = await PostAsync(client, Form(version, ("useful", "yes"), ("text", emoji + "\U0001F600")));

        Assert.Equal(HttpStatusCode.SeeOther, kept.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Your message is 1,001 characters long. Please shorten it to 1,000 or fewer.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APostWithTooManyFields_IsToldWhatWasWrong_NotThatThePageIsMissing()
    {
        var client = _site.CreatePlainClient();
        var version = await VersionAsync(client);
        var form = Form(version, ("useful", "yes"));
        form.AddRange(Enumerable.Range(0, 40).Select(i => new KeyValuePair<string, string>($"extra{i}", "x")));

        using var response = await PostAsync(client, form);
        var body = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("no article", body, StringComparison.Ordinal);
        Assert.Empty(await StoredAsync());
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{response.StatusCode}: {body}");
    }

    [Fact]
    public async Task AChunkedPost_IsReadLikeAnyOther()
    {
        var client = _site.CreatePlainClient();
        var version = await VersionAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/feedback")
        {
            Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"article=first-article&version={version}&kind=answer&useful=yes"))),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("Origin", "http://localhost");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Single(await StoredAsync());
    }

    private const string FeedbackModelThanks = "Thank you. We read every message and use them to fix mistakes and improve our pages. We cannot reply to you.";

    internal static List<KeyValuePair<string, string>> Form(string version, params (string Key, string Value)[] extra) =>
        [new("article", "first-article"), new("version", version), .. extra.Any(e => e.Key == "kind") ? Array.Empty<KeyValuePair<string, string>>() : [new("kind", "answer")],
         .. extra.Select(e => new KeyValuePair<string, string>(e.Key, e.Value))];

    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, IEnumerable<KeyValuePair<string, string>> form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/feedback") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("Origin", "http://localhost");
        return await client.SendAsync(request);
    }

    internal static async Task<string> VersionAsync(HttpClient client) =>
        (await client.GetDocumentAsync("/articles/first-article")).QuerySelector("#feedback input[name=version]")!.GetAttribute("value")!;

    private Task<IReadOnlyList<FeedbackEntry>> StoredAsync() =>
        _site.Services.GetRequiredService<IFeedbackStore>().ReadAsync(null, CancellationToken.None);

    private sealed class FeedbackSite : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Feedback:PermitLimit", "1000");
        }
    }
}
