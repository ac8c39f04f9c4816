using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

/// <summary>
/// Safety words written once: <c>~~~include NAME</c> places <c>shared/NAME.md</c> in a page, citations numbered as
/// the page's own; a page that writes its own emergency signs is refused; a change to the shared words reaches
/// every page that places them, and counts as a change to each page's signed-off words.
/// </summary>
public sealed class SharedTextTests : IDisposable
{
    private const string Emergency = """
        ::: emergency
        Call 911 now for chest pain or if the person is very hard to wake [@FDA-LABEL].
        :::
        """;

    private const string Placed = """
        Before the dose [@NICE-TA].

        ~~~include emergency-after-dose
        ~~~
        """;

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Include_PlacesTheSharedWords_WithCitationsNumberedAsThePagesOwn()
    {
        _content.Write("shared/emergency-after-dose.md", Emergency).Article("a", Placed);

        var snapshot = _content.Load();

        Assert.DoesNotContain(snapshot.Diagnostics, d => d.IsError);
        var body = Html.Parse(snapshot.ArticlesBySlug["a"].Body.Html);
        var box = body.QuerySelector(".callout-emergency")!;
        Assert.Contains("very hard to wake", box.TextContent, StringComparison.Ordinal);
        Assert.Equal("#ref-2", box.QuerySelector("sup.citation a")!.GetAttribute("href"));
        Assert.Equal(["NICE-TA", "FDA-LABEL"], snapshot.ArticlesBySlug["a"].Body.Sources.Select(s => s.Reference.Key));
    }

    [Fact]
    public void Include_OfANameWithNoSharedFile_IsAnErrorAtItsLine_WithAHint()
    {
        _content.Write("shared/emergency-after-dose.md", Emergency).Article("a", Placed.Replace("after-dose", "after-dos", StringComparison.Ordinal));

        var error = Assert.Single(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.UnknownInclude.Id);

        Assert.Equal("there is no shared/emergency-after-dos.md to include (did you mean 'emergency-after-dose'?): use one of 'emergency-after-dose'", error.Message);
        Assert.Equal(11, error.Line);
    }

    [Theory]
    [InlineData(Emergency, 9)]
    [InlineData("After a dose, call 999 (UK) for a seizure or weakness on one side.", 9)]
    public void APageThatWritesItsOwnEmergencySigns_IsRefused(string handWritten, int line)
    {
        _content.Write("shared/emergency-after-dose.md", Emergency).Article("a", handWritten);

        var error = Assert.Single(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.HandWrittenEmergency.Id);

        Assert.Equal(line, error.Line);
        Assert.EndsWith("put '~~~include emergency-after-dose' here instead, or link to a page that has it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACrisisLinesBox_WrittenByHand_IsRefusedToo_ButAnEmergencyBoxWithoutNumbersIsNot()
    {
        _content.Article("a", """
            ::: emergency
            If you might act on thoughts of ending your life, call 911 now, or call or text 988.
            :::

            ::: emergency
            Do not wait: tell someone you trust today.
            :::
            """);

        var error = Assert.Single(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.HandWrittenEmergency.Id);

        Assert.Equal(9, error.Line);
        Assert.StartsWith("this writes crisis lines by hand: put '~~~include crisis-help' here instead", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangedSharedWords_ReachThePage_AndChangeItsClinicalFingerprint()
    {
        _content.Write("shared/emergency-after-dose.md", Emergency).Article("a", Placed);
        var loader = _content.Loader();
        var before = loader.Load();

        _content.Write("shared/emergency-after-dose.md", Emergency.Replace("very hard to wake", "breathing very slowly", StringComparison.Ordinal));
        var after = loader.Load(before);

        Assert.Contains("breathing very slowly", after.ArticlesBySlug["a"].Body.Html, StringComparison.Ordinal);
        Assert.NotEqual(before.ArticlesBySlug["a"].Fingerprint, after.ArticlesBySlug["a"].Fingerprint);
    }
}
