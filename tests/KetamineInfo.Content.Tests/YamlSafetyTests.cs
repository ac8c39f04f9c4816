using System.Diagnostics;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Loading;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

public sealed class YamlSafetyTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void BillionLaughs_IsRefusedBeforeExpansion()
    {
        var lines = new List<string> { "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]" };
        for (var c = 'b'; c <= 'j'; c++)
        {
            var prev = (char)(c - 1);
            lines.Add($"{c}: &{c} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]");
        }

        _content.Write("references.yml", string.Join('\n', lines));

        var snapshot = _content.Load();

        var error = Assert.Single(snapshot.Diagnostics, d => d.Path == "content/references.yml" && d.IsError);
        Assert.Equal(DiagnosticCodes.YamlAlias.Id, error.Code);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void DeepNesting_IsRefused()
    {
        _content.Write("glossary.yml", new string('[', 200) + new string(']', 200));

        Assert.Contains(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.YamlAlias.Id && d.Path == "content/glossary.yml");
    }

    [Fact]
    public void OversizedArticle_CostsOneDiagnostic_AndOthersStillLoad()
    {
        _content.Article("fine", "A short page.");
        _content.Write("articles/huge.md", "---\ntitle: x\n---\n" + new string('a', 2 * 1024 * 1024));

        var snapshot = _content.Load();

        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.FileUnreadable.Id && d.Path == "content/articles/huge.md");
        Assert.True(snapshot.ArticlesBySlug.ContainsKey("fine"));
    }

    [Fact]
    public void TooManyFiles_AreCappedWithADiagnostic()
    {
        for (var i = 0; i < 5; i++)
        {
            _content.Article($"a{i}", "Text.");
        }

        var snapshot = _content.Loader(new ContentLimits { MaxFiles = 3 }).Load();

        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.TooManyFiles.Id);
        Assert.Equal(3, snapshot.ArticlesBySlug.Count);
    }

    [Fact]
    public void InvalidUtf8_IsReportedNotThrown()
    {
        File.WriteAllBytes(Path.Combine(_content.Root, "articles", "binary.md"), [0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0xc3, 0x28]);

        Assert.Contains(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.FileUnreadable.Id && d.Path == "content/articles/binary.md");
    }
}
