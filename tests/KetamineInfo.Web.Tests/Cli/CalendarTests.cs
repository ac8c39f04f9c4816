using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Cli;

/// <summary>
/// The editors' calendar (<c>check --due</c>) on a copy of the shipped content: the decision pages are on it like any
/// article, and a page signed off and then changed is listed with who to ask.
/// </summary>
public sealed class CalendarTests : IDisposable
{
    private readonly ContentCopy _content = new(Repository.ContentPath);

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task TheCalendar_ListsTheOptionsPage_AndAPageChangedSinceItsSignOff()
    {
        // A reviewer exists only in this copy: the shipped list is empty until a real clinician agrees to be named.
        _content.Write("reviewers.yml", """
            dr-test:
              name: Dr Test Reviewer
              credentials: MD, psychiatrist
              role: Test reviewer
              registration:
                body: Test Medical Council
                number: "T-0001"
              conflicts: None declared

            """);
        var (signed, said) = await RunAsync("sign-off", "what-matters", "--reviewer", "dr-test");
        Assert.True(signed == 0, said);
        var page = _content.Read("pages/what-matters.md");
        var body = page[(page.IndexOf("\n---", 4, StringComparison.Ordinal) + 5)..];
        var sentence = body.Split('\n').First(l => l.Length > 40 && char.IsLetter(l[0]));
        _content.Write("pages/what-matters.md", page.Replace(sentence, sentence + " Take your time.", StringComparison.Ordinal));

        var (_, output) = await RunAsync("check", "--due", "400");
        var calendar = output[output.IndexOf("Reviews due by", StringComparison.Ordinal)..].ReplaceLineEndings("\n");

        // "(in N days)" today, "(overdue by N days)" once its date passes: this runs on the real clock.
        Assert.Matches(@"\n  \d{4}-\d\d-\d\d  pages/treatment-options \((in \d+ days?|due today|overdue by \d+ days?), never signed off\)\n", calendar);
        Assert.Matches(@"Changed since their sign-off, awaiting re-review \(1 page\):\n  \d{4}-\d\d-\d\d  pages/what-matters \(signed off by dr-test; run: sign-off what-matters --reviewer dr-test\)\n", calendar);
    }

    private Task<(int Exit, string Output)> RunAsync(params string[] args) =>
        AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = _content.Root }, args);
}
