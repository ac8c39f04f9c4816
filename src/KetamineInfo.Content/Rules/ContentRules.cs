using System.Text.RegularExpressions;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Markdown;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Parsing;
using KetamineInfo.Content.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace KetamineInfo.Content.Rules;

/// <summary>Editorial rules that run on every load, in <c>check</c> and in the tests — each small and named.</summary>
internal static class ContentRules
{
    public static void CheckCallouts(MarkdownDocument syntax, DiagnosticBag bag)
    {
        foreach (var container in syntax.Descendants<CustomContainer>())
        {
            var tier = container.Info?.Trim() ?? string.Empty;
            if (!CalloutExtension.Labels.ContainsKey(tier) && tier != CalloutExtension.InShort)
            {
                bag.Add(DiagnosticCodes.UnknownCallout, container.Line + 1, container.Column + 1,
                    $"unknown box type '::: {tier}': use one of {string.Join(", ", CalloutExtension.Labels.Keys.Append(CalloutExtension.InShort).Select(k => $"'::: {k}'"))}");
            }
        }
    }

    /// <summary>
    /// An article opens with its key facts: one <c>::: in-short</c> box, first in the body, holding a list of
    /// 3 to 5 points that answer the page's question — not the summary again, which readers have already seen
    /// in the link that brought them here.
    /// </summary>
    public static void CheckInShort(SourceDocument document, string summary)
    {
        var boxes = document.Syntax.Descendants<CustomContainer>().Where(c => c.Info?.Trim() == CalloutExtension.InShort).ToList();
        if (boxes.Count != 1 || !ReferenceEquals(CalloutExtension.KeyFactsOf(document.Syntax), boxes[0]))
        {
            var where = boxes.Count > 1 ? (boxes[1].Line + 1, boxes[1].Column + 1) : (document.BodyLine, 1);
            document.Diagnostics.Add(DiagnosticCodes.InShortMissing, where.Item1, where.Item2,
                boxes.Count > 1 ? "only one '::: in-short' box is allowed" : "start the article with a '::: in-short' box: a list of 3 to 5 key facts");
            return;
        }

        var box = boxes[0];
        var items = box.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()).Count();
        if (box.Count != 1 || box[0] is not ListBlock || items is < InShortMin or > InShortMax)
        {
            document.Diagnostics.Add(DiagnosticCodes.InShortMissing, box.Line + 1, box.Column + 1,
                $"the '::: in-short' box must hold one list of {InShortMin} to {InShortMax} points (it has {items} and {box.Count} blocks)");
            return;
        }

        var text = Words(string.Join(' ', box.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString())));
        var said = Words(summary);
        if (said.Length > 0 && text.Contains(said, StringComparison.Ordinal))
        {
            document.Diagnostics.Add(DiagnosticCodes.InShortMissing, box.Line + 1, box.Column + 1,
                "the '::: in-short' box repeats the summary: give the answers instead (what is approved, how well it works, the main risks, what to ask)");
        }
    }

    private const int InShortMin = 3;
    private const int InShortMax = 5;

    private static string Words(string text) =>
        string.Join(' ', Regex.Split(text.ToLowerInvariant(), @"[^\p{L}\p{N}]+", RegexOptions.None, TimeSpan.FromSeconds(1)).Where(w => w.Length > 0));

    /// <summary>One pattern for the whole banned list (built once per load): whole words, any case, phrases across spaces.</summary>
    public static Regex? BannedWordPattern(IReadOnlyList<string> bannedWords)
    {
        if (bannedWords.Count == 0)
        {
            return null;
        }

        var phrases = bannedWords.Select(w => string.Join(@"\s+", w.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)));
        return new Regex($@"(?<![\w-])(?:{string.Join('|', phrases)})(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>Banned words anywhere in the file, front matter included.</summary>
    public static void CheckBannedWords(SourceDocument document, Regex? pattern)
    {
        if (pattern is null)
        {
            return;
        }

        // One cursor for all matches: finding each match's line from the top made 50,000 matches in a
        // 400 KB file cost 28 s.
        var cursor = new LineCursor(document.Text);
        foreach (Match match in pattern.Matches(document.Text))
        {
            var (line, column) = cursor.MoveTo(match.Index);
            document.Diagnostics.Add(DiagnosticCodes.BannedWord, line, column,
                $"'{match.Value}' is on the banned list in site.yml: say what the evidence shows instead");
        }
    }

    public static void CheckReadingGrade(SourceDocument document, TextStatistics statistics, double limit)
    {
        if (statistics.ReadingGrade > limit)
        {
            document.Diagnostics.Add(DiagnosticCodes.ReadingGradeTooHigh, document.BodyLine, 1,
                $"reading grade {statistics.ReadingGrade:0.0} is above the limit of {limit:0.#} ({statistics.Words} words, {statistics.Sentences} sentences): use shorter sentences and common words");
        }
    }

    public static void CheckReview(SourceDocument document, ArticleMetadata metadata, DateOnly today)
    {
        var (line, column) = LineOfKey(document, "next_review");
        if (metadata.NextReview < today)
        {
            document.Diagnostics.Add(DiagnosticCodes.ReviewOverdue, line, column, $"next_review {metadata.NextReview:yyyy-MM-dd} has passed: review the article and set new dates");
        }
        else if (metadata.NextReview <= today.AddDays(30))
        {
            document.Diagnostics.Add(DiagnosticCodes.ReviewDueSoon, line, column, $"next_review {metadata.NextReview:yyyy-MM-dd} is within 30 days");
        }

        if (metadata.ReviewedBy is null)
        {
            document.Diagnostics.Add(DiagnosticCodes.NotReviewed, 1, 1, "no reviewed_by yet: the page tells readers it is awaiting clinical review");
        }
    }

    private static (int Line, int Column) LineOfKey(SourceDocument document, string key)
    {
        var match = Regex.Match(document.Text, $@"^{Regex.Escape(key)}\s*:", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        return match.Success ? new LineCursor(document.Text).MoveTo(match.Index) : (1, 1);
    }
}
