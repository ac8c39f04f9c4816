using System.Net;
using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Editing;

/// <summary>
/// An editor saves files while the site runs: changes show up, and mistakes never reach readers. Each test waits
/// for the reload that brings its change (<see cref="ContentReloads"/>), then asks the site what a reader gets.
/// </summary>
public sealed class LiveReloadTests : IDisposable
{
    private readonly ContentCopy _content = new();
    private readonly EditableSiteFactory _site;
    private readonly HttpClient _client;
    private readonly ContentReloads _reloads;

    public LiveReloadTests()
    {
        _site = new EditableSiteFactory(_content.Root);
        _client = _site.CreatePlainClient();
        _reloads = new ContentReloads(_site.Services);
    }

    public void Dispose()
    {
        _reloads.Dispose();
        _client.Dispose();
        _site.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task AddedArticle_AppearsWithoutRestart()
    {
        await AssertStatusAsync("/articles/new-article", HttpStatusCode.NotFound);

        _content.Write("articles/new-article.md", Article("New article", "A brand new page."));

        await _reloads.UntilAsync(s => s.FindPublished("new-article") is not null);
        await AssertStatusAsync("/articles/new-article", HttpStatusCode.OK);
        Assert.Contains("/articles/new-article", (await GetAsync("/")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditedArticle_ShowsTheNewText()
    {
        _content.Write("articles/first-article.md", _content.Read("articles/first-article.md").Replace("The feeling fades.", "The feeling fades away soon.", StringComparison.Ordinal));

        await _reloads.UntilAsync(s => BodyOf(s, "first-article").Contains("fades away soon", StringComparison.Ordinal));
        Assert.Contains("fades away soon", (await GetAsync("/articles/first-article")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CachedPage_IsRenderedAgainAfterAnEdit_WithANewETag()
    {
        using var before = await _client.GetAsync(new Uri("/articles/second-article", UriKind.Relative));
        var oldTag = before.Headers.ETag!;

        _content.Write("articles/second-article.md", _content.Read("articles/second-article.md").Replace("This page is short.", "This page changed.", StringComparison.Ordinal));

        await _reloads.UntilAsync(s => BodyOf(s, "second-article").Contains("This page changed.", StringComparison.Ordinal));
        Assert.Contains("This page changed.", (await GetAsync("/articles/second-article")).Body, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/second-article");
        request.Headers.IfNoneMatch.Add(oldTag);
        using var after = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(oldTag, after.Headers.ETag);
    }

    [Fact]
    public async Task BrokenSave_KeepsServingTheLastGoodPage_AndOtherEditsStillApply()
    {
        _content.Write("articles/first-article.md", "---\ntitle: Half a fi");
        _content.Write("articles/second-article.md", _content.Read("articles/second-article.md").Replace("This page is short.", "This page is still short.", StringComparison.Ordinal));

        await _reloads.UntilAsync(s => BodyOf(s, "second-article").Contains("still short", StringComparison.Ordinal));
        Assert.Contains("still short", (await GetAsync("/articles/second-article")).Body, StringComparison.Ordinal);
        var first = await GetAsync("/articles/first-article");
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains("The feeling fades.", first.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletedArticle_Disappears()
    {
        File.Delete(_content.PathOf("articles/first-article.md"));

        await _reloads.UntilAsync(s => s.FindPublished("first-article") is null);
        await AssertStatusAsync("/articles/first-article", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RenamedArticleWithAlias_RedirectsTheOldUrl()
    {
        var text = _content.Read("articles/first-article.md").Replace("updated: 2026-11-26", "updated: 2026-11-26\naliases: [first-article]", StringComparison.Ordinal);
        File.Delete(_content.PathOf("articles/first-article.md"));
        _content.Write("articles/opening-article.md", text);

        await _reloads.UntilAsync(s => s.Aliases.ContainsKey("first-article"));
        using var response = await _client.GetAsync(new Uri("/articles/first-article", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/articles/opening-article", response.Headers.Location!.OriginalString);
    }

    private static string Article(string title, string body) =>
        $"---\ntitle: {title}\nsummary: A summary.\norder: 9\nlast_reviewed: 2026-11-25\nnext_review: 2027-11-25\n---\n{body}\n";

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task AssertStatusAsync(string url, HttpStatusCode expected) => Assert.Equal(expected, (await GetAsync(url)).Status);

    private static string BodyOf(KetamineInfo.Content.Model.ContentSnapshot snapshot, string slug) =>
        snapshot.FindPublished(slug)?.Body.Html ?? string.Empty;

    private sealed class EditableSiteFactory(string contentPath) : SiteFactory(contentPath, "Development");
}
