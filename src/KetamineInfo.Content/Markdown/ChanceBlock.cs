using System.Globalization;
using System.Text;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// A chance people can picture: a fenced block of <c>key: value</c> lines
/// <code>
/// ~~~chance
/// outcome: felt much better (their depression score halved)
/// treatment: esketamine spray with a new antidepressant
/// treatment_chance: 59
/// comparator: a placebo spray with a new antidepressant
/// comparator_chance: 45
/// time: After 4 weeks
/// source: TURKOZ2021
/// ~~~
/// </code>
/// renders as two 100-mark icon arrays (filled marks against outlined ones, so colour is never the only
/// difference; the pictures are hidden from screen readers) and one sentence that says the same numbers in
/// words, with its citation. <c>no_comparator: REASON</c> stands in for the comparator when a study had none.
/// Problems are KI0125 at the line of the key; an unknown source is KI0103, like any citation.
/// </summary>
internal sealed class ChanceBlock : LeafBlock
{
    public ChanceBlock()
        : base(null)
    {
    }

    public required string Outcome { get; init; }

    public required string Treatment { get; init; }

    public required int TreatmentChance { get; init; }

    public string? Comparator { get; init; }

    public int? ComparatorChance { get; init; }

    public string? NoComparatorReason { get; init; }

    public required string Time { get; init; }

    /// <summary>The figure in one sentence, in the page's words (<c>body.chance_sentence</c>).</summary>
    public string SentenceIn(SiteStrings words) => Comparator is not null && ComparatorChance is { } other
        ? words.Format("body.chance_sentence", ("time", Time), ("treatment_chance", Number(TreatmentChance)), ("treatment", Treatment), ("outcome", Outcome),
            ("comparator", Comparator), ("comparator_chance", Number(other)))
        : words.Format("body.chance_sentence_no_comparator", ("time", Time), ("treatment_chance", Number(TreatmentChance)), ("treatment", Treatment), ("outcome", Outcome),
            ("reason", NoComparatorReason ?? string.Empty));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Turns every <c>~~~chance</c> block of a parsed document into a <see cref="ChanceBlock"/>, reporting what is wrong.</summary>
    public static void Apply(MarkdownDocument syntax, DiagnosticBag bag)
    {
        foreach (var code in syntax.Descendants<FencedCodeBlock>().Where(c => c.Info?.Trim() == "chance").ToList())
        {
            var chance = Read(code, bag);
            var parent = code.Parent!;
            var index = parent.IndexOf(code);
            parent.RemoveAt(index);
            if (chance is not null)
            {
                parent.Insert(index, chance);
            }
        }
    }

    /// <summary>A chance block made in code (the options grid's figures), its source an ordinary citation at <paramref name="sourceLine"/> (0-based).</summary>
    public static ChanceBlock Create(string outcome, string treatment, int treatmentChance, string? comparator, int? comparatorChance,
        string? noComparatorReason, string time, string source, int sourceLine)
    {
        var block = new ChanceBlock
        {
            Outcome = outcome,
            Treatment = treatment,
            TreatmentChance = treatmentChance,
            Comparator = comparator,
            ComparatorChance = comparatorChance,
            NoComparatorReason = noComparatorReason,
            Time = time,
            Line = sourceLine,
        };

        // The source is an ordinary citation, so it is numbered, listed under Sources and checked like any other.
        block.Inline = new ContainerInline();
        block.Inline.AppendChild(new CitationInline { Keys = [source], Source = $"[@{source}]", IsMalformed = !source.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'), Line = sourceLine, Column = 0 });
        return block;
    }

    private static readonly string[] Keys = ["outcome", "treatment", "treatment_chance", "comparator", "comparator_chance", "no_comparator", "time", "source"];

    private static ChanceBlock? Read(FencedCodeBlock code, DiagnosticBag bag)
    {
        var values = new Dictionary<string, (string Value, int Line)>(StringComparer.Ordinal);
        var firstLine = code.Line + 2; // the fence is code.Line (0-based); its first content line is one below, 1-based
        var ok = true;
        for (var i = 0; i < code.Lines.Count; i++)
        {
            var line = code.Lines.Lines[i].ToString().Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = colon > 0 ? line[..colon].Trim() : line;
            if (colon <= 0 || !Keys.Contains(key))
            {
                bag.Add(DiagnosticCodes.BadChance, firstLine + i, 1, $"'{line}' is not one of the chance block's keys ({string.Join(", ", Keys)}), written 'key: value'");
                ok = false;
                continue;
            }

            values[key] = (line[(colon + 1)..].Trim(), firstLine + i);
        }

        string? Text(string key, bool required = true)
        {
            if (values.TryGetValue(key, out var v) && v.Value.Length > 0)
            {
                return v.Value;
            }

            if (required)
            {
                bag.Add(DiagnosticCodes.BadChance, code.Line + 1, 1, $"the chance block needs '{key}: …'");
                ok = false;
            }

            return null;
        }

        int? Chance(string key)
        {
            if (Text(key) is not { } text)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 100)
            {
                return n;
            }

            bag.Add(DiagnosticCodes.BadChance, values[key].Line, 1, $"'{key}' must be a whole number from 0 to 100 (people out of 100), not '{text}'");
            ok = false;
            return null;
        }

        var outcome = Text("outcome");
        var treatment = Text("treatment");
        var treatmentChance = Chance("treatment_chance");
        var time = Text("time");
        var source = Text("source");
        var reason = Text("no_comparator", required: false);
        string? comparator = null;
        int? comparatorChance = null;
        if (reason is null)
        {
            comparator = Text("comparator");
            comparatorChance = Chance("comparator_chance");
        }
        else if (values.ContainsKey("comparator") || values.ContainsKey("comparator_chance"))
        {
            bag.Add(DiagnosticCodes.BadChance, values["no_comparator"].Line, 1, "give either a comparator (comparator and comparator_chance) or 'no_comparator: reason', not both");
            ok = false;
        }

        if (!ok || outcome is null || treatment is null || treatmentChance is null || time is null || source is null)
        {
            return null;
        }

        var block = Create(outcome, treatment, treatmentChance.Value, comparator, comparatorChance, reason, time, source, values["source"].Line - 1);
        block.Line = code.Line;
        block.Column = code.Column;
        block.Span = code.Span;
        return block;
    }
}

/// <summary>Renders a <see cref="ChanceBlock"/>: the icon arrays for the eye, the sentence for everyone.</summary>
internal sealed class ChanceExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<ChanceRenderer>())
        {
            html.ObjectRenderers.Insert(0, new ChanceRenderer());
        }
    }
}

internal sealed class ChanceRenderer : HtmlObjectRenderer<ChanceBlock>, IUsesSiteStrings
{
    public SiteStrings Strings { private get; set; } = Parsing.SiteStringsReader.Shipped;

    protected override void Write(HtmlRenderer renderer, ChanceBlock chance)
    {
        renderer.Write("<figure class=\"chance\">\n<div class=\"chance-arrays\" aria-hidden=\"true\">\n");
        Array(renderer, chance.Treatment, chance.TreatmentChance);
        if (chance.ComparatorChance is { } other)
        {
            Array(renderer, chance.Comparator!, other);
        }

        renderer.Write("</div>\n<figcaption>").WriteEscape(chance.SentenceIn(Strings));
        renderer.WriteChildren(chance.Inline!);
        renderer.Write("</figcaption>\n</figure>\n");
    }

    private void Array(HtmlRenderer renderer, string who, int chance)
    {
        renderer.Write("<div class=\"chance-array\">")
            .Write(IconArray(chance))
            .Write("<p class=\"chance-label\"><strong>").WriteEscape(Strings.Format("body.chance_label", ("chance", chance.ToString(CultureInfo.InvariantCulture)))).Write("</strong> ")
            .WriteEscape(who).Write("</p></div>\n");
    }

    /// <summary>
    /// 100 marks in rows of ten, counted from the top left: <paramref name="filled"/> solid, the rest outlined.
    /// Two paths, no ids, so any number of arrays can share a page; currentColor suits both themes and print.
    /// </summary>
    public static string IconArray(int filled)
    {
        var solid = new StringBuilder();
        var hollow = new StringBuilder();
        for (var i = 0; i < 100; i++)
        {
            var (x, y) = (5 + (10 * (i % 10)), 5 + (10 * (i / 10)));
            (i < filled ? solid : hollow).Append(CultureInfo.InvariantCulture, $"M{x - 3.5},{y}a3.5,3.5 0 1,0 7,0a3.5,3.5 0 1,0 -7,0");
        }

        return "<svg class=\"icon-array\" viewBox=\"0 0 100 100\" width=\"120\" height=\"120\" focusable=\"false\">"
            + $"<path d=\"{solid}\" fill=\"currentColor\"/><path d=\"{hollow}\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1\"/></svg>";
    }
}
