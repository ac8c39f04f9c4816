using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KetamineInfo.Web.Tests.Support;

internal static class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    /// <summary>GETs a URL and parses the body, asserting the expected status.</summary>
    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync(), CancellationToken.None);
    }
}
