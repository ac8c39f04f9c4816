using System.Net;
using KetamineInfo.Content.Model;
using KetamineInfo.Web.Feedback;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KetamineInfo.Web.Tests.Feedback;

/// <summary>
/// The feedback form on a Spanish page, as a reader without JavaScript uses it: it posts to the Spanish feedback page,
/// is stored under the translation, sends the reader back to the Spanish page, and a problem is answered on a Spanish page.
/// </summary>
public sealed class SpanishFeedbackTests : IDisposable
{
    private readonly ContentCopy _content = new();
    private readonly WebApplicationFactory<Program> _site;

    public SpanishFeedbackTests()
    {
        SpanishFixture.Write(_content);
        _site = new SiteFactory().WithWebHostBuilder(b => b.UseSetting("Content:Path", _content.Root).UseSetting("Feedback:PermitLimit", "1000"));
    }

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task ASpanishPage_PostsToTheSpanishFeedbackPage_AndTheReaderIsThankedOnIt()
    {
        var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetDocumentAsync(SpanishFixture.Address);
        var form = page.QuerySelector("#feedback form")!;
        Assert.Equal(SitePaths.SpanishFeedback, form.GetAttribute("action"));
        Assert.Equal("es/primer-articulo", form.QuerySelector("input[name=article]")!.GetAttribute("value"));
        var version = form.QuerySelector("input[name=version]")!.GetAttribute("value")!;

        using var response = await PostAsync(client, ("article", "es/primer-articulo"), ("version", version), ("kind", "answer"), ("useful", "yes"), ("text", "Muy claro."));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(SpanishFixture.Address + "?feedback=thanks#feedback", response.Headers.Location!.OriginalString);
        var stored = Assert.Single(await _site.Services.GetRequiredService<IFeedbackStore>().ReadAsync(null, CancellationToken.None));
        Assert.Equal(("es/primer-articulo", version, true, "Muy claro."), (stored.Article, stored.ContentVersion, stored.Useful, stored.Text));
        var back = await client.GetDocumentAsync(SpanishFixture.Address + "?feedback=thanks");
        Assert.NotNull(back.QuerySelector("#feedback .feedback-thanks[role=status]"));
    }

    [Fact]
    public async Task AProblem_IsAnsweredOnASpanishPage_WithTheReadersWordsKept()
    {
        var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var version = (await client.GetDocumentAsync(SpanishFixture.Address)).QuerySelector("#feedback input[name=version]")!.GetAttribute("value")!;

        using var response = await PostAsync(client, ("article", "es/primer-articulo"), ("version", version), ("kind", "answer"), ("text", "Falta la dosis."));
        var page = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Falta la dosis.", page.QuerySelector("textarea")!.TextContent);
        Assert.Equal(SitePaths.SpanishFeedback, page.QuerySelector("form.feedback-form")!.GetAttribute("action"));
        Assert.Equal(SpanishFixture.Address, page.QuerySelector(".lead a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheSpanishReportPage_LinksTheSpanishChangesLog()
    {
        var page = await _site.CreateClient().GetDocumentAsync($"{SitePaths.SpanishFeedback}?article=es/primer-articulo&kind=error-report");

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector($"main a[href='{SitePaths.SpanishChanges}']"));
        Assert.Null(page.QuerySelector($"main a[href='{SitePaths.Changes}']"));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, params (string Key, string Value)[] fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, SitePaths.SpanishFeedback)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))),
        };
        request.Headers.Add("Origin", "http://localhost");
        return await client.SendAsync(request);
    }
}
