using KetamineInfo.Content.Rules;

namespace KetamineInfo.Content.Tests;

/// <summary>The comparison of signed words with today's: which changed lines are clinical, bounded whatever the file's size.</summary>
public sealed class SignedWordsDiffTests
{
    [Fact]
    public void OnlyClinicalLinesCount_ASafetyBoxCountsWhateverItSays()
    {
        const string Signed = "Intro words.\n\nStay 2 hours [@FDA-REMS].\n\n::: urgent\nCall today.\n:::\n";
        const string Now = "Intro wording.\n\nStay 20 minutes [@FDA-REMS].\n\n::: urgent\nCall now.\n:::\n";

        var changes = SignedWordsDiff.ClinicalChanges(Signed, Now);

        Assert.Equal(
            [new SignedWordsDiff.Change("Stay 2 hours [@FDA-REMS].", "Stay 20 minutes [@FDA-REMS]."), new SignedWordsDiff.Change("Call today.", "Call now.")],
            changes);
        Assert.Equal(3, SignedWordsDiff.AllChanges(Signed, Now).Count);
    }

    [Fact]
    public void AHugeFile_IsComparedInLinearWork_AndTheChangedFactIsStillFound()
    {
        var lines = Enumerable.Range(0, 20_000).Select(i => $"Line {i} of plain words").ToList();
        var signed = string.Join('\n', lines);
        lines[12_345] = "Line 12345 of plain words, now with a dose of 84 mg";
        var now = string.Join('\n', lines);

        var changes = SignedWordsDiff.ClinicalChanges(signed, now);

        Assert.Equal(new SignedWordsDiff.Change("Line 12345 of plain words", "Line 12345 of plain words, now with a dose of 84 mg"), Assert.Single(changes));
    }
}
