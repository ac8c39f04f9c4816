using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

/// <summary>What readers can reach: no link to a page they cannot see, and citations counted even in a broken file.</summary>
public sealed class PublicationTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private void WriteLinkToDraft()
    {
        _content.Article("published", "See [the plan](plan.md).");
        _content.Article("plan", "Not ready yet.", TempContent.ValidFrontMatter("plan", order: 2) + "\ndraft: true");
    }

    [Fact]
    public void LinkToADraft_WhereDraftsAreNotServed_IsAnErrorNamingBothFiles()
    {
        WriteLinkToDraft();

        var snapshot = _content.Loader(draftsServed: false).Load();

        var error = Assert.Single(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.BrokenArticleLink.Id);
        Assert.Equal("content/articles/published.md", error.Path);
        Assert.Contains("'plan.md' is a draft", error.Message, StringComparison.Ordinal);
        Assert.Null(snapshot.FindPublished("published"));
    }

    [Fact]
    public void LinkToADraft_WhereDraftsAreServed_IsFine()
    {
        WriteLinkToDraft();

        var snapshot = _content.Loader(draftsServed: true).Load();

        Assert.DoesNotContain(snapshot.Diagnostics, d => d.IsError);
        Assert.NotNull(snapshot.FindPublished("published"));
    }

    [Fact]
    public void ReferenceCitedOnlyByABrokenArticle_IsStillCounted()
    {
        _content.Article("fine", "A claim [@SMITH2021]. Another [@FDA-LABEL].");
        _content.Article("broken", "A miracle, says an appraisal [@NICE-TA].");

        var snapshot = _content.Load();

        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.BannedWord.Id && d.Path.EndsWith("broken.md", StringComparison.Ordinal));
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.UncitedReference.Id);
    }
}
