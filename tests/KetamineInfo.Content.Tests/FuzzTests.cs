using KetamineInfo.Content.Model;
using System.Diagnostics;
using System.Text;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

/// <summary>
/// Thousands of random and mutated Markdown and front-matter files through the real loader (seeded, so a
/// failure can be replayed; bounded in time). No exception may escape: every problem is a diagnostic.
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 20261125;
    private const int FilesPerLoad = 20;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    private static readonly string[] Fragments =
    [
        "---\n", "title: ", "summary: ", "order: ", "last_reviewed: 2026-11-25\n", "next_review: 2027-11-25\n",
        "aliases: [", "]", "changes:\n  - date: ", "&anchor ", "*anchor", "{", "}", "!!binary ", "? ", ": ", "- ", "|\n", ">-\n",
        "[@", "[@FDA-LABEL]", "[@SMITH2021; @NOPE]", "[@]", "]", "(", ")", "](", ".md#", "[x](target.md#blood-pressure)",
        "::: urgent\n", "::: emergency\n", ":::\n", ":::", "| a | b |\n|---|---|\n| 1 | 2 |\n", "# ", "## ", "### ",
        "```\n", "`", "*", "**", "_", "<", ">", "&", "&#0;", "&#x110000;", "<script>", "javascript:", "data:", "![", "\n", "\n\n",
        "\t", "\r", "\u0000", "\u202e", "\ud83d\ude00", "é", "ﬁ", "\uffff", " ", "    ", "1.", "-", "+", "\\", "'", "\"",
    ];

    [Fact]
    public void RandomAndMutatedFiles_NeverThrow()
    {
        var random = new Random(Seed);
        var seeds = Directory.GetFiles(Path.Combine(Repository.ContentPath, "articles"), "*.md").Select(File.ReadAllText).ToArray();
        var clock = Stopwatch.StartNew();
        var inputs = 0;
        using var content = new TempContent();
        content.Article("target", "## Blood pressure\n\nText.");

        for (var round = 0; clock.Elapsed < Budget && round < 500; round++)
        {
            var batch = new List<string>();
            for (var i = 0; i < FilesPerLoad; i++)
            {
                var text = random.Next(3) == 0 ? Mutate(seeds[random.Next(seeds.Length)], random) : Generate(random);
                var name = $"articles/fuzz-{i}.md";
                File.WriteAllText(Path.Combine(content.Root, name), text, new UTF8Encoding(false));
                batch.Add(text);
            }

            if (random.Next(10) == 0)
            {
                content.Write("references.yml", Generate(random));
            }

            // Only the load is guarded: the assertions below must fail as themselves, not be caught and re-worded.
            ContentSnapshot snapshot;
            try
            {
                snapshot = content.Load();
            }
            catch (Exception ex)
            {
                Assert.Fail($"round {round} (seed {Seed}) threw {ex}\nfirst input:\n{batch[0][..Math.Min(500, batch[0].Length)]}");
                throw;
            }

            Assert.All(snapshot.Diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString()));
            var fault = snapshot.Diagnostics.FirstOrDefault(d => d.Code == DiagnosticCodes.InternalError.Id);
            Assert.True(fault is null, $"round {round} (seed {Seed}): {fault}");

            inputs += FilesPerLoad;
        }

        Assert.True(inputs >= 1000, $"only {inputs} inputs ran within the time budget");
    }

    private static string Generate(Random random)
    {
        var builder = new StringBuilder();
        if (random.Next(2) == 0)
        {
            builder.Append("---\ntitle: Fuzz\nsummary: Fuzz.\norder: 1\nlast_reviewed: 2026-11-25\nnext_review: 2027-11-25\n");
        }

        var count = random.Next(1, 80);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Fragments[random.Next(Fragments.Length)]);
            if (random.Next(8) == 0)
            {
                builder.Append("---\n");
            }
        }

        return builder.ToString();
    }

    private static string Mutate(string text, Random random)
    {
        var chars = new StringBuilder(text);
        var edits = random.Next(1, 40);
        for (var i = 0; i < edits && chars.Length > 0; i++)
        {
            var at = random.Next(chars.Length);
            switch (random.Next(4))
            {
                case 0:
                    chars.Remove(at, Math.Min(random.Next(1, 30), chars.Length - at));
                    break;
                case 1:
                    chars.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2:
                    chars[at] = (char)random.Next(1, 0x2FFF);
                    break;
                default:
                    chars.Length = at; // a half-written save
                    break;
            }
        }

        return chars.ToString();
    }
}
