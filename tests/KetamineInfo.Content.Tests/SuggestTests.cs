using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

/// <summary>"Did you mean" hints stay helpful, and their cost stays bounded whatever a file holds.</summary>
public sealed class SuggestTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Closest_FindsTheNearMiss() =>
        Assert.Equal("blood-pressure", Suggest.Closest("blood-presure", ["dosing", "blood-pressure", "side-effects"], new DiagnosticBag("x")));

    [Fact]
    public void Closest_ComparesABoundedNumberOfCandidates()
    {
        var candidates = new CountingSequence(Enumerable.Range(0, 10_000).Select(i => $"section-{i}"));

        Suggest.Closest("section-x", candidates, new DiagnosticBag("x"));

        Assert.Equal(Suggest.MaxCandidates, candidates.Yielded);
    }

    [Fact]
    public void Closest_DoesNotCompareVeryLongStrings()
    {
        var candidates = new CountingSequence(["a"]);

        Assert.Null(Suggest.Closest(new string('a', 100_000), candidates, new DiagnosticBag("x")));
        Assert.Equal(0, candidates.Yielded);
    }

    [Fact]
    public void ThousandBrokenSectionLinks_GetABoundedNumberOfHints()
    {
        const int count = 1_000;
        _content.Article("target", string.Concat(Enumerable.Range(0, count).Select(i => $"## Heading number {i}\n\nText.\n\n")));
        _content.Article("source", string.Concat(Enumerable.Range(0, count).Select(i => $"See [x](target.md#heading-number-{i}x).\n\n")));

        var errors = _content.Load().Diagnostics.Where(d => d.Code == DiagnosticCodes.BrokenHeadingLink.Id).ToList();

        // Every broken link is still reported; only the first few searched a thousand ids for a hint.
        Assert.Equal(count, errors.Count);
        Assert.Equal(Suggest.MaxSearchesPerFile, errors.Count(e => e.Message.Contains("did you mean", StringComparison.Ordinal)));
        Assert.Contains("did you mean '#heading-number-0'", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyUnknownCitations_GetABoundedNumberOfHints()
    {
        _content.Article("cites", string.Concat(Enumerable.Range(0, 200).Select(i => $"Claim [@SMITH202{i % 10}].\n\n")));

        var errors = _content.Load().Diagnostics.Where(d => d.Code == DiagnosticCodes.UnknownReference.Id).ToList();

        Assert.Equal(180, errors.Count); // SMITH2021 is a real key
        Assert.Equal(Suggest.MaxSearchesPerFile, errors.Count(e => e.Message.Contains("did you mean", StringComparison.Ordinal)));
    }

    /// <summary>A sequence that counts how many items were taken from it: the work a search did.</summary>
    private sealed class CountingSequence(IEnumerable<string> items) : IEnumerable<string>
    {
        public int Yielded { get; private set; }

        public IEnumerator<string> GetEnumerator()
        {
            foreach (var item in items)
            {
                Yielded++;
                yield return item;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
