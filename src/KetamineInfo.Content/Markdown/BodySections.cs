using KetamineInfo.Content.Model;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// A body cut into the sections a reader can link to: the opening above the first heading, then one per h2 or h3,
/// each with its prose as plain text (as <see cref="Prose"/> reads it) and its tables' rows as "column: cell"
/// sentences. Search makes each one a result that links to its heading. One walk over the blocks, in order.
/// </summary>
internal static class BodySections
{
    public static IReadOnlyList<BodySection> Of(MarkdownDocument document)
    {
        var sections = new List<BodySection>();
        var id = string.Empty;
        var heading = string.Empty;
        var parent = string.Empty;
        var h2 = string.Empty;
        var text = new List<string>();
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock { Level: 2 or 3 } found when found.TryGetAttributes()?.Id is { } foundId:
                    Close();
                    id = foundId;
                    heading = HeadingIds.TextOf(found);
                    parent = found.Level == 3 ? h2 : string.Empty;
                    h2 = found.Level == 2 ? heading : h2;
                    break;
                case HeadingBlock other:
                    Add(HeadingIds.TextOf(other));
                    break;
                case OptionsBlock { CssClass: EvidenceFacts } figure:
                    foreach (var line in FigureLines(figure))
                    {
                        Add(line);
                    }

                    break;
                case OptionFactBlock fact when !InWholeUnit(block):
                    Add(fact.Term);
                    break;
                case Table table:
                    foreach (var row in TableRows(table))
                    {
                        Add(row);
                    }

                    break;
                case ParagraphBlock { Inline: { } inline } when !InWholeUnit(block):
                    Add(Prose.TextOf(inline));
                    break;
            }
        }

        Close();
        return sections;

        void Add(string paragraph)
        {
            if (paragraph.Length > 0)
            {
                text.Add(paragraph);
            }
        }

        void Close()
        {
            if (text.Count > 0)
            {
                sections.Add(new BodySection(id, heading, parent, string.Join("\n\n", text)));
                text.Clear();
            }
        }
    }

    // Each row as one sentence, every cell named by its column: "Side effect: Dizziness; Spray: 29 out of 100."
    private static IEnumerable<string> TableRows(Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var labels = rows.FirstOrDefault(r => r.IsHeader)?.OfType<TableCell>().Select(CellText).ToList() ?? [];
        foreach (var row in rows.Where(r => !r.IsHeader))
        {
            var cells = row.OfType<TableCell>().Select((cell, i) => (Label: i < labels.Count ? labels[i] : string.Empty, Text: CellText(cell)))
                .Where(c => c.Text.Length > 0)
                .Select(c => c.Label.Length > 0 ? $"{c.Label}: {c.Text}" : c.Text);
            var sentence = string.Join("; ", cells);
            if (sentence.Length > 0)
            {
                yield return sentence.EndsWith('.') ? sentence : sentence + ".";
            }
        }
    }

    private static string CellText(TableCell cell) =>
        string.Join(" ", cell.Descendants<ParagraphBlock>().Where(p => p.Inline is not null).Select(p => Prose.TextOf(p.Inline!))).Trim();

    // The options page's evidence list for one figure (DecisionBlocks): a "dl" of source, design, arms, outcome.
    private const string EvidenceFacts = "evidence-facts";

    // The parts of a figure a reader must see together (clinical review, 6 December: "29 out of 100 … 10 out of 100"
    // was shown without what was counted) make one sentence — this option, what it was compared with, the outcome
    // and when — so a snippet never shows a number without them; the other facts stay lines of their own.
    private static IEnumerable<string> FigureLines(OptionsBlock figure)
    {
        var facts = figure.OfType<OptionFactBlock>()
            .Select(f => (f.Term, Text: string.Join(" ", f.Descendants<ParagraphBlock>().Where(p => p.Inline is not null).Select(p => Prose.TextOf(p.Inline!))).Trim()))
            .ToList();
        string[] together = ["This option", "Compared with", "Outcome", "Time point"];
        var figureSentence = string.Join("; ", facts.Where(f => together.Contains(f.Term) && f.Text.Length > 0).Select(f => f.Term == "This option" ? f.Text.TrimEnd('.') : $"{f.Term.ToLowerInvariant()}: {f.Text.TrimEnd('.')}")) + ".";
        return [figureSentence, .. facts.Where(f => !together.Contains(f.Term) && f.Text.Length > 0).Select(f => $"{f.Term}: {f.Text}")];
    }

    // Inside a table or a figure, whose text is read whole (one sentence per row or figure), not paragraph by paragraph.
    private static bool InWholeUnit(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is Table or OptionsBlock { CssClass: EvidenceFacts })
            {
                return true;
            }
        }

        return false;
    }
}
