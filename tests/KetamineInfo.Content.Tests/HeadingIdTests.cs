using KetamineInfo.Content.Markdown;

namespace KetamineInfo.Content.Tests;

/// <summary>Section ids: unique, stable, and found in work that grows with the headings, not their square.</summary>
public sealed class HeadingIdTests
{
    [Fact]
    public void RepeatedHeadings_AreNumberedInOrder_AroundOnesWrittenWithANumber()
    {
        var ids = Assign("## Dosing\n\n## Dosing 3\n\n## Dosing\n\n## Dosing\n\n## Dosing\n\n## In short\n");

        Assert.Equal(["dosing", "dosing-3", "dosing-2", "dosing-4", "dosing-5", "in-short-2"], ids);
    }

    [Fact]
    public void TwentyThousandEqualHeadings_TakeLinearWork()
    {
        const int count = 20_000;
        var counter = new UniqueIds(HeadingIds.Reserved);

        var ids = Assign(string.Concat(Enumerable.Repeat("## a\n\n", count)), counter);

        Assert.Equal(count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal($"a-{count}", ids[^1]);
        // Restarting the search at "a-2" for every heading tried about count²/2 = 200 million ids.
        Assert.InRange(counter.Probes, count, 2 * count);
    }

    [Fact]
    public void HeadingsThatTakeTheNumbersFirst_StillTakeLinearWork()
    {
        const int count = 5_000;
        var markdown = string.Concat(Enumerable.Range(2, count).Select(n => $"## a {n}\n\n")) + string.Concat(Enumerable.Repeat("## a\n\n", count));
        var counter = new UniqueIds(HeadingIds.Reserved);

        var ids = Assign(markdown, counter);

        Assert.Equal(2 * count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal($"a-{2 * count}", ids[^1]);
        Assert.InRange(counter.Probes, 2 * count, 5 * count);
    }

    private static List<string> Assign(string markdown, UniqueIds? ids = null)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Create());
        return HeadingIds.Assign(document, ids ?? new UniqueIds(HeadingIds.Reserved)).Select(h => h.Id).ToList();
    }
}
