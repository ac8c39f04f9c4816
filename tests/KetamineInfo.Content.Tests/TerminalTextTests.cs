using KetamineInfo.Content.Diagnostics;

namespace KetamineInfo.Content.Tests;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("content/articles/side-effects.md", "content/articles/side-effects.md")]
    [InlineData("caf\u00e9 \u2014 \U0001F600", "caf\u00e9 \u2014 \U0001F600")]
    [InlineData("a\nb\r\tc", @"a\nb\r\tc")]
    [InlineData("\u001b[31mred\u001b[0m", @"\u001B[31mred\u001B[0m")]
    [InlineData("\u009b31mC1 CSI\u007f", @"\u009B31mC1 CSI\u007F")]
    [InlineData("evil\u202Egnp.md", @"evil\u202Egnp.md")]
    [InlineData("line\u2028break", @"line\u2028break")]
    [InlineData("tag\U000E0041", @"tag\U000E0041")]
    [InlineData(@"C:\content\a.md", @"C:\content\a.md")]
    public void Escape_WritesControlAndFormatCharactersAsEscapes(string text, string expected) =>
        Assert.Equal(expected, TerminalText.Escape(text));

    [Fact]
    public void Diagnostic_ToString_IsOneLineWhateverThePathHolds()
    {
        var diagnostic = new Diagnostic("content/articles/a\n\u001b[2Kb.md", 1, 1, DiagnosticSeverity.Error, "KI0106", "file name 'a\n\u001b[2Kb'");

        Assert.Equal(@"content/articles/a\n\u001B[2Kb.md:1:1: error KI0106: file name 'a\n\u001B[2Kb'", diagnostic.ToString());
    }
}
