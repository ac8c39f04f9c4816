using System.Net;
using System.Text;
using KetamineInfo.Web.Feedback;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KetamineInfo.Web.Tests.Feedback;

/// <summary>
/// Thousands of malformed posts (seeded, so a failure can be replayed): each gets a deliberate answer, never
/// a server error, and only well-formed feedback is stored, as text.
/// </summary>
public sealed class FeedbackFuzzTests
{
    private static readonly string[] Published = ["first-article", "second-article"];
    private static readonly string[] Fields = ["article", "version", "kind", "useful", "text", "website", "article", "x", "", "text[]"];
    private static readonly string[] Values =
    [
        "first-article", "second-article", "draft-article", "../etc/passwd", "answer", "error-report", "yes", "no", "YES", "",
        "<script>alert(1)</script>", "'; DROP TABLE feedback; --", "\u0000\u0001\u001b[31m", "𝕜𝕖𝕥𝕒𝕞𝕚𝕟𝕖 🙂", "=HYPERLINK(\"http://x\")",
        "a@b.co", "+1 (555) 010-9999", new string('9', 20), new string('z', 1001), "%00%ff",
    ];

    [Fact]
    public async Task RandomPosts_GetDeliberateAnswers_AndOnlyValidFeedbackIsStored()
    {
        using var site = new FuzzSite();
        var client = site.CreatePlainClient();
        var version = await FeedbackFormTests.VersionAsync(client);
        var random = new Random(20261127);
        var allowed = new[] { HttpStatusCode.SeeOther, HttpStatusCode.BadRequest, HttpStatusCode.Forbidden, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.UnsupportedMediaType };

        for (var i = 0; i < 1500; i++)
        {
            var fields = Enumerable.Range(0, random.Next(0, 8))
                .Select(_ => new KeyValuePair<string, string>(Fields[random.Next(Fields.Length)], random.Next(4) == 0 ? version : Values[random.Next(Values.Length)]))
                .ToList();
            if (random.Next(3) == 0)
            {
                // A well-formed post with hostile text, sometimes with one more random field on top.
                fields = [.. FeedbackFormTests.Form(version, ("useful", random.Next(2) == 0 ? "yes" : "no"), ("text", Values[random.Next(Values.Length)])), .. fields.Take(random.Next(2))];
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, "/feedback");
            request.Content = random.Next(10) switch
            {
                0 => new StringContent(RandomText(random), Encoding.UTF8, "text/plain"),
                1 => new ByteArrayContent([.. Enumerable.Range(0, random.Next(200)).Select(_ => (byte)random.Next(256))]) { Headers = { { "Content-Type", "application/x-www-form-urlencoded" } } },
                _ => new FormUrlEncodedContent(fields),
            };
            if (random.Next(8) != 0)
            {
                request.Headers.Add("Origin", "http://localhost");
            }

            using var response = await client.SendAsync(request);
            Assert.True(allowed.Contains(response.StatusCode), $"post {i} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var stored = await site.Services.GetRequiredService<IFeedbackStore>().ReadAsync(null, CancellationToken.None);
        Assert.NotEmpty(stored); // the fuzz reached the store, not only the front door
        Assert.All(stored, entry =>
        {
            Assert.Contains(entry.Article, Published);
            Assert.Equal(version, entry.ContentVersion);
            Assert.True(entry.Kind == FeedbackKind.ErrorReport ? entry.Useful is null && entry.Text is not null : entry.Useful is not null);
            Assert.True((entry.Text?.Length ?? 0) <= FeedbackEntry.MaxTextLength);
            Assert.DoesNotContain("a@b.co", entry.Text ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain('\u001b', entry.Text ?? string.Empty);
        });
    }

    private static string RandomText(Random random) =>
        new([.. Enumerable.Range(0, random.Next(300)).Select(_ => (char)random.Next(1, 0xD7FF))]);

    private sealed class FuzzSite : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Feedback:PermitLimit", "100000");
        }
    }
}
