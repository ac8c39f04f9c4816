using KetamineInfo.Tests.Shared;
using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Cli;

/// <summary>
/// Shared links keep working: the real <c>check</c> records every published address in published.txt, catches a
/// rename without an alias even when no page links to the old name, and EDITING.md's way of renaming a signed
/// article keeps its sign-off.
/// </summary>
public sealed class RenameTests : IDisposable
{
    private readonly ContentCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Check_RecordsPublishedAddresses_ThenCatchesARenameWithoutAnAlias()
    {
        var (_, output) = await RunAsync("check");

        Assert.Contains("published.txt: added 3 new addresses", output, StringComparison.Ordinal);
        var published = _content.Read("published.txt");
        Assert.Contains("\n/articles/first-article\n", published, StringComparison.Ordinal);
        Assert.Contains("\n/about\n", published, StringComparison.Ordinal);
        Assert.DoesNotContain("draft-article", published, StringComparison.Ordinal); // not published yet

        // Renamed, and the one link to it fixed: nothing else would notice the old address is gone.
        File.Move(_content.PathOf("articles/first-article.md"), _content.PathOf("articles/renamed-article.md"));
        _content.Write("articles/second-article.md", _content.Read("articles/second-article.md").Replace("first-article.md", "renamed-article.md", StringComparison.Ordinal));
        (_, output) = await RunAsync("check");

        Assert.Matches(@"content/published\.txt:\d+:1: warning KI0209: /articles/first-article was published, but no article, page or alias answers it now: add 'aliases: \[first-article\]'", output);

        var renamed = _content.Read("articles/renamed-article.md");
        _content.Write("articles/renamed-article.md", renamed.Replace("order: 1\n", "order: 1\naliases: [first-article]\n", StringComparison.Ordinal));
        (_, output) = await RunAsync("check");

        Assert.DoesNotContain("KI0209", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenamingASignedArticle_AsEditingSays_KeepsItsSignOff()
    {
        var (exit, output) = await RunAsync("sign-off", "first-article", "--reviewer", "dr-test", "--date", "2026-11-27");
        Assert.True(exit == 0, output);

        // EDITING.md, "How to rename an article": file, alias, the sign-off's name and its copy of the words. The link
        // in second-article (signed too) still names first-article.md and still works, so its sign-off stands as well.
        File.Move(_content.PathOf("articles/first-article.md"), _content.PathOf("articles/renamed-article.md"));
        _content.Write("articles/renamed-article.md", _content.Read("articles/renamed-article.md").Replace("order: 1\n", "order: 1\naliases: [first-article]\n", StringComparison.Ordinal));
        _content.Write("reviews.yml", _content.Read("reviews.yml").Replace("article: first-article\n", "article: renamed-article\n", StringComparison.Ordinal));
        File.Move(_content.PathOf("signed/article-first-article.txt"), _content.PathOf("signed/article-renamed-article.txt"));
        (exit, output) = await RunAsync("check");

        Assert.True(exit == 0, output);
        Assert.Contains("renamed-article: ", output, StringComparison.Ordinal);
        Assert.Matches(@"  renamed-article: .*, signed off by dr-test on 2026-11-27", output);
    }

    private Task<(int Exit, string Output)> RunAsync(params string[] args) =>
        AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = _content.Root }, args);
}
