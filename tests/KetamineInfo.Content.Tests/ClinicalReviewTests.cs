using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

/// <summary>
/// A clinician's sign-off is bound to the words approved: it holds while they are unchanged or changed only
/// editorially (recorded in changes:), is void after a clinical change or correction, and an unrecorded change
/// fails check while the page stays up and says it changed since its review. Fixture reviewers only.
/// </summary>
public sealed class ClinicalReviewTests : IDisposable
{
    private const string Reviewer = """
        dr-fixture:
          name: Dr Fixture Person
          credentials: MD, psychiatrist
          role: Fixture reviewer (not a real person)
          registration:
            body: Fixture Council
            number: "F-1"
          conflicts: None declared
        """;

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void NoSignOff_IsNotReviewed_AndCheckSaysSo()
    {
        _content.Article("a", "Some text.");

        var snapshot = _content.Load();

        Assert.Equal(ReviewState.NotReviewed, snapshot.ArticlesBySlug["a"].Review.State);
        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.NotReviewed.Id && d.Message.Contains("not yet reviewed by a clinician", StringComparison.Ordinal));
    }

    [Fact]
    public void SignOff_OfTheWordsAsTheyAre_IsValid()
    {
        SignedOff("a", "Some text.");

        var article = _content.Load().ArticlesBySlug["a"];

        Assert.Equal(ReviewState.Reviewed, article.Review.State);
        Assert.Equal("Dr Fixture Person", article.Review.Reviewer!.Name);
        Assert.Equal(new DateOnly(2026, 11, 25), article.Review.Valid!.Date);
    }

    [Fact]
    public void EditorialChange_Recorded_KeepsTheSignOff()
    {
        SignedOff("a", "Some text.");
        _content.Article("a", "Some text, fixed.", TempContent.ValidFrontMatter("a") + Change("2026-11-25", "editorial"));

        var snapshot = _content.Load();

        Assert.Equal(ReviewState.Reviewed, snapshot.ArticlesBySlug["a"].Review.State);
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.IsError);
    }

    [Theory]
    [InlineData("clinical")]
    [InlineData("correction")]
    public void ClinicalChangeOrCorrection_VoidsTheSignOff(string kind)
    {
        SignedOff("a", "Some text.");
        _content.Article("a", "Take two doses.", TempContent.ValidFrontMatter("a").Replace("last_reviewed: 2026-11-25", "last_reviewed: 2026-11-25", StringComparison.Ordinal) + Change("2026-11-25", kind));

        var snapshot = _content.Load();

        Assert.Equal(ReviewState.ChangedSinceReview, snapshot.ArticlesBySlug["a"].Review.State);
        Assert.Null(snapshot.ArticlesBySlug["a"].Review.Valid);
        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.NotReviewed.Id && d.Message.StartsWith("changed since it was signed off on 2026-11-25", StringComparison.Ordinal));
    }

    [Fact]
    public void UnrecordedChange_FailsCheckOnTheSignOff_ButThePageStaysUpAndSaysItChanged()
    {
        SignedOff("a", "Some text.");
        _content.Article("a", "Some other text.");

        var snapshot = _content.Load();

        var error = Assert.Single(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.ChangedAfterSignOff.Id);
        Assert.Equal("content/reviews.yml", error.Path);
        Assert.Equal(1, error.Line);
        Assert.StartsWith("content/articles/a.md changed after it was signed off on 2026-11-25", error.Message, StringComparison.Ordinal);
        Assert.Equal(ReviewState.ChangedSinceReview, snapshot.ArticlesBySlug["a"].Review.State);
        Assert.Contains("Some other text.", snapshot.ArticlesBySlug["a"].Body.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("glossary.yml", "Feeling cut off from your body.", "Feeling calm.")]
    [InlineData("references.yml", "title: A trial of something", "title: A trial of something else")]
    public void SignOff_CoversTheGlossaryDefinitionsAndSourcesThePageShows(string file, string find, string replace)
    {
        _content.Write("reviewers.yml", Reviewer);
        _content.Article("a", "Some people feel dissociative [@SMITH2021].");
        var fingerprint = _content.Load().ArticlesBySlug["a"].Fingerprint;
        _content.Write("reviews.yml", $"- article: a\n  reviewer: dr-fixture\n  date: 2026-11-25\n  fingerprint: {fingerprint}\n");
        Assert.Equal(ReviewState.Reviewed, _content.Load().ArticlesBySlug["a"].Review.State);
        var text = File.ReadAllText(Path.Combine(_content.Root, file));
        Assert.Contains(find, text, StringComparison.Ordinal);

        _content.Write(file, text.Replace(find, replace, StringComparison.Ordinal));

        Assert.Equal(ReviewState.ChangedSinceReview, _content.Load().ArticlesBySlug["a"].Review.State);
    }

    [Fact]
    public void APage_IsSignedOffWithAPageEntry_AndNotByAnArticleOfTheSameName()
    {
        _content.Write("reviewers.yml", Reviewer).Article("about", "Article words.")
            .Write("pages/about.md", "---\ntitle: About\nsummary: About us.\nlast_reviewed: 2026-11-25\nnext_review: 2027-11-25\n---\nPage words.\n");
        var snapshot = _content.Load();
        var (article, page) = (snapshot.ArticlesBySlug["about"].Fingerprint, snapshot.Pages["about"].Fingerprint);
        _content.Write("reviews.yml", $"- page: about\n  reviewer: dr-fixture\n  date: 2026-11-25\n  fingerprint: {page}\n- page: nope\n  reviewer: dr-fixture\n  date: 2026-11-25\n  fingerprint: {article}\n");

        snapshot = _content.Load();

        Assert.Equal(ReviewState.Reviewed, snapshot.Pages["about"].Review.State);
        Assert.Equal(ReviewState.NotReviewed, snapshot.ArticlesBySlug["about"].Review.State);
        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.BadSignOff.Id && d.Message == "no page 'nope'");
    }

    [Fact]
    public void SignOff_NamingAnUnknownReviewerOrArticle_IsAnError_AndCountsForNothing()
    {
        _content.Write("reviewers.yml", Reviewer);
        _content.Article("a", "Some text.");
        var fingerprint = _content.Load().ArticlesBySlug["a"].Fingerprint;
        _content.Write("reviews.yml", $"- article: a\n  reviewer: dr-fixtur\n  date: 2026-11-25\n  fingerprint: {fingerprint}\n- article: b\n  reviewer: dr-fixture\n  date: 2026-11-25\n  fingerprint: {fingerprint}\n");

        var snapshot = _content.Load();

        var errors = snapshot.Diagnostics.Where(d => d.Code == DiagnosticCodes.BadSignOff.Id).Select(d => d.Message).ToList();
        Assert.Contains("no reviewer 'dr-fixtur' in reviewers.yml (did you mean 'dr-fixture'?)", errors);
        Assert.Contains(errors, e => e.StartsWith("no article 'b'", StringComparison.Ordinal));
        Assert.Equal(ReviewState.NotReviewed, snapshot.ArticlesBySlug["a"].Review.State);
    }

    [Fact]
    public void Reviewer_WithoutAConflictsStatement_IsAnError()
    {
        _content.Write("reviewers.yml", Reviewer.Replace("  conflicts: None declared", string.Empty, StringComparison.Ordinal));

        var snapshot = _content.Load();

        Assert.Contains(snapshot.Diagnostics, d => d.Path == "content/reviewers.yml" && d.Code == DiagnosticCodes.MissingKey.Id && d.Message.Contains("'conflicts'", StringComparison.Ordinal));
        Assert.Empty(snapshot.Reviewers);
    }

    [Fact]
    public void ReviewedBy_InFrontMatter_IsNoLongerAClaimAnyoneCanType()
    {
        _content.Article("a", "Some text.", TempContent.ValidFrontMatter("a").Replace("reviewed_by:", "reviewed_by: Dr Made Up", StringComparison.Ordinal));

        var error = Assert.Single(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.UnknownKey.Id);

        Assert.Contains("sign-off command", error.Message, StringComparison.Ordinal);
    }

    private void SignedOff(string slug, string body)
    {
        _content.Write("reviewers.yml", Reviewer);
        _content.Article(slug, body);
        var fingerprint = _content.Load().ArticlesBySlug[slug].Fingerprint;
        _content.Write("reviews.yml", $"- article: {slug}\n  reviewer: dr-fixture\n  date: 2026-11-25\n  fingerprint: {fingerprint}\n");
    }

    private static string Change(string date, string kind) => $"\nchanges:\n  - date: {date}\n    summary: A change.\n    kind: {kind}";
}
