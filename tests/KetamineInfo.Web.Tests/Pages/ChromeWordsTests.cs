using System.Text;
using System.Text.RegularExpressions;
using KetamineInfo.Tests.Shared;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KetamineInfo.Web.Tests.Pages;

/// <summary>
/// Every word a reader reads is content editors own: page words in content/, and the words around them (menus,
/// notices, messages) in content/strings/en.yml. Nothing a reader reads is written into the site's code.
/// </summary>
public sealed partial class ChromeWordsTests : IDisposable
{
    private readonly ContentCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void NoViewWritesWordsForReaders_OutsideTheStringsFile()
    {
        var views = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cshtml", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(views);

        var prose = views.SelectMany(view => ReaderWords(File.ReadAllText(view)).Select(words => $"{Path.GetFileName(view)}: {words}")).ToList();

        Assert.True(prose.Count == 0, "Words for readers written in a view (move them to content/strings/en.yml):\n" + string.Join('\n', prose));
    }

    [Fact]
    public void NoSentenceOfAPage_IsWrittenInTheSitesCode()
    {
        var code = string.Join('\n', Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var pages = Directory.EnumerateFiles(Repository.ContentPath, "*.md", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 10);

        var found = pages.SelectMany(page => Sentences(File.ReadAllText(page))
            .Where(sentence => code.Contains(sentence, StringComparison.Ordinal))
            .Select(sentence => $"{Path.GetRelativePath(Repository.ContentPath, page)}: {sentence}")).ToList();

        Assert.True(found.Count == 0, "Page words also written in src/:\n" + string.Join('\n', found));
    }

    [Fact]
    public async Task AnEditorsChangeToTheStringsFile_ReachesEveryPage()
    {
        var shipped = File.ReadAllText(Path.Combine(Repository.ContentPath, "strings", "en.yml"));
        _content.Write("strings/en.yml", shipped.Replace("  not_reviewed: Not yet reviewed by a clinician.", "  not_reviewed: No clinician has reviewed this yet.", StringComparison.Ordinal)
            .Replace("  callout_urgent: \"Urgent: get help today\"", "  callout_urgent: \"Urgent: call your team today\"", StringComparison.Ordinal));
        using var site = new SiteFactory().WithWebHostBuilder(b => b.UseSetting("Content:Path", _content.Root));

        var page = await site.CreateClient().GetDocumentAsync("/articles/first-article");

        Assert.StartsWith("No clinician has reviewed this yet.", page.QuerySelector(".reviewer")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Urgent: call your team today", page.QuerySelector(".callout-urgent .callout-label")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("  not_reviewd: Not yet", "unknown page key 'not_reviewd' (did you mean 'not_reviewed'?)")]
    [InlineData("  reviewed_by: Medically reviewed by {reviewer}, on {date}.", "'page.reviewed_by' must keep {reviewer} and {date}")]
    public async Task ABrokenStringsFile_FailsCheck_WithFileAndLine(string broken, string expected)
    {
        var shipped = File.ReadAllText(Path.Combine(Repository.ContentPath, "strings", "en.yml"));
        var text = broken.StartsWith("  not_reviewd", StringComparison.Ordinal)
            ? shipped.Replace("  not_reviewed: Not yet", broken, StringComparison.Ordinal)
            : shipped.Replace(broken, "  reviewed_by: Medically reviewed by {reviewer}.", StringComparison.Ordinal);
        Assert.NotEqual(shipped, text);
        _content.Write("strings/en.yml", text);

        var (exit, output) = await AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = _content.Root }, "check");

        Assert.Equal(1, exit);
        Assert.Matches(@"content/strings/en\.yml:\d+:\d+: error KI01\d\d: .*" + Regex.Escape(expected), output);
    }

    // Text a reader would read in a view: what is left after comments, scripts, tags, Razor code and
    // expressions are taken out. Editor-only parts (Development pages) are marked in the view and skipped.
    private static IEnumerable<string> ReaderWords(string view)
    {
        if (view.Contains("@* editor-only: the whole page", StringComparison.Ordinal))
        {
            yield break;
        }

        var text = EditorOnly().Replace(view, " ");
        text = RazorComment().Replace(text, " ");
        text = ScriptOrStyle().Replace(text, " ");
        text = Tag().Replace(text, " ");
        foreach (var line in text.Split('\n'))
        {
            var rest = WithoutRazor(line.Trim());
            if (Words().Count(rest) >= 2)
            {
                yield return line.Trim();
            }
        }
    }

    // Drops a line of C# (a Razor code line) and every @expression with its balanced brackets and strings.
    private static string WithoutRazor(string line)
    {
        if (line.Length == 0 || line[0] is '@' or '{' or '}' || CodeLine().IsMatch(line))
        {
            return line.StartsWith("@T", StringComparison.Ordinal) || line.StartsWith("@Html", StringComparison.Ordinal) ? WithoutExpressions(line) : string.Empty;
        }

        return WithoutExpressions(line);
    }

    private static string WithoutExpressions(string line)
    {
        var kept = new StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != '@')
            {
                kept.Append(line[i]);
                continue;
            }

            var depth = 0;
            var inString = false;
            for (i++; i < line.Length; i++)
            {
                var c = line[i];
                if (inString) { inString = c != '"'; continue; }
                if (c == '"') { inString = true; continue; }
                if (c is '(' or '[' or '{') { depth++; continue; }
                if (c is ')' or ']' or '}') { depth--; if (depth == 0) { continue; } if (depth < 0) { break; } continue; }
                if (depth == 0 && !(char.IsLetterOrDigit(c) || c is '.' or '_')) { break; }
            }

            if (i < line.Length)
            {
                kept.Append(line[i]);
            }
        }

        return kept.ToString();
    }

    // Sentences of at least eight words from a Markdown file's body: long enough that finding one in code is no accident.
    private static IEnumerable<string> Sentences(string markdown) =>
        Regex.Split(markdown, @"(?<=[.!?])\s+|\n").Select(s => Regex.Replace(s, @"\[@[^\]]*\]|[*_#>`]", string.Empty).Trim())
            .Where(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 8 && !s.Contains(':', StringComparison.Ordinal));

    [GeneratedRegex(@"@\* editor-only \*@.*?@\* /editor-only \*@", RegexOptions.Singleline)]
    private static partial Regex EditorOnly();

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    [GeneratedRegex(@"<(script|style)\b.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[A-Za-z’']{2,}")]
    private static partial Regex Words();

    [GeneratedRegex(@"^(var|if|else|foreach|case|break|return|switch|default)\b|;\s*$")]
    private static partial Regex CodeLine();
}
