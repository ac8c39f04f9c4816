using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Search;

/// <summary>
/// The search vocabulary lives in content/search/vocabulary.yml: an editor's change reaches search without a
/// restart, and a change with a mistake never takes search down; the last good vocabulary stays in use.
/// </summary>
public sealed class SearchVocabularyTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ContentCopy _content = new();
    private readonly SiteFactory _site;
    private readonly HttpClient _client;

    public SearchVocabularyTests()
    {
        _site = new EditableSiteFactory(_content.Root);
        _client = _site.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task ABadVocabulary_KeepsTheLastGoodOne_AndAGoodOneIsUsedAtOnce()
    {
        Assert.Equal("/articles/first-article#blood-pressure", (await ResultsAsync("hypertension")).FirstOrDefault());

        // One group of a single word: a mistake (KI0132). Were the file's good entries used, "hypertension" would be lost.
        await SaveAsync("stop_words: [how]\nsynonyms:\n  - [blood pressure]\n", "The feeling fades, first edit.");
        Assert.Equal("/articles/first-article#blood-pressure", (await ResultsAsync("hypertension")).FirstOrDefault());

        await SaveAsync("stop_words: [how]\nsynonyms:\n  - [blood pressure, high pressure]\n", "The feeling fades, second edit.");
        Assert.Empty(await ResultsAsync("hypertension"));
        Assert.Equal("/articles/first-article#blood-pressure", (await ResultsAsync("high pressure")).FirstOrDefault());
    }

    // Saves the vocabulary, then an article; once the article's new words are served, the reload has read both.
    private async Task SaveAsync(string vocabulary, string marker)
    {
        _content.Write("search/vocabulary.yml", vocabulary);
        _content.Write("articles/first-article.md", _content.Read("articles/first-article.md")
            .Replace("The feeling fades.", marker, StringComparison.Ordinal).Replace("The feeling fades, first edit.", marker, StringComparison.Ordinal));
        var deadline = DateTime.UtcNow + Patience;
        while (!(await _client.GetStringAsync(new Uri("/articles/first-article", UriKind.Relative))).Contains(marker, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "the change did not show up in time");
            await Task.Delay(50);
        }
    }

    private async Task<List<string>> ResultsAsync(string query)
    {
        var page = await _client.GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");
        return [.. page.QuerySelectorAll(".search-results a.result-link").Select(a => a.GetAttribute("href")!)];
    }

    private sealed class EditableSiteFactory(string contentPath) : SiteFactory(contentPath, "Development");
}
