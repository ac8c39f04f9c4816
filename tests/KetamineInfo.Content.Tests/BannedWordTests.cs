using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Text;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

/// <summary>Every banned word is reported where it stands, in work that grows with the file, not its square.</summary>
public sealed class BannedWordTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void LineCursor_GivesLineAndColumn_InOrderAndOutOfOrder()
    {
        var cursor = new LineCursor("ab\ncd\n\nef");

        Assert.Equal((1, 1), cursor.MoveTo(0));
        Assert.Equal((2, 2), cursor.MoveTo(4));
        Assert.Equal((4, 1), cursor.MoveTo(7));
        Assert.Equal((1, 2), cursor.MoveTo(1));
    }

    [Theory]
    [InlineData("The spray is not a cure for depression.", false)]
    [InlineData("There is no miracle treatment.", false)]
    [InlineData("It is never completely safe, but this one is completely safe.", true)]
    [InlineData("Ketamine is a cure for depression.", true)]
    [InlineData("It is not only a cure but a miracle.", true)]
    public void ABannedWord_PlainlyNegatedJustBeforeIt_IsAnHonestUse(string sentence, bool refused)
    {
        _content.Article("words", sentence);

        var errors = _content.Load().Diagnostics.Count(d => d.Code == DiagnosticCodes.BannedWord.Id);

        Assert.Equal(refused, errors > 0);
    }

    [Fact]
    public void FiftyThousandBannedWords_AreAllReportedWhereTheyStand()
    {
        const int count = 50_000;
        _content.Article("hype", string.Concat(Enumerable.Repeat("miracle\n", count)));

        var errors = _content.Load().Diagnostics.Where(d => d.Code == DiagnosticCodes.BannedWord.Id).ToList();

        Assert.Equal(count, errors.Count);
        Assert.Equal((count + 8, 1), (errors[^1].Line, errors[^1].Column)); // the body starts on line 9
    }

    [Fact]
    public void LineCursor_ReadsEachCharacterOnce_ForOffsetsInOrder()
    {
        var text = string.Concat(Enumerable.Repeat("miracle ", 50_000));
        var cursor = new LineCursor(text);

        for (var index = 0; index < text.Length; index += 8)
        {
            Assert.Equal((1, index + 1), cursor.MoveTo(index));
        }

        // Counting each offset's line from the top read about 50,000²/2 × 8 = 10 billion characters.
        Assert.InRange(cursor.Scanned, 0L, text.Length);
    }
}
