using System.Text.RegularExpressions;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Markdown;
using KetamineInfo.Content.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace KetamineInfo.Content.Rules;

/// <summary>
/// KI0128: the emergency signs after a dose are written once, in <c>shared/emergency-after-dose.md</c>. A page
/// that writes its own — an <c>::: emergency</c> box, or a sentence that gives an emergency number with a warning
/// sign — drifts from the others (four such copies once stopped at "weakness on one side" and left out slowed
/// breathing). A box with crisis lines alone (988, Samaritans, "call 911 if you might act on these thoughts")
/// names no warning sign after a dose, but it is a list of crisis lines, written once in <c>shared/crisis-help.md</c>:
/// a page that writes 988 or 116 123 itself is refused too.
/// </summary>
internal sealed partial class HandWrittenEmergencyRule : IFileRule
{
    public IReadOnlyList<DiagnosticCode> Codes => [DiagnosticCodes.HandWrittenEmergency];

    private static readonly string Fix = $"put '~~~include {SharedTexts.EmergencyAfterDose}' here instead, or link to a page that has it";

    public void Check(RuleInput file)
    {
        var reported = new HashSet<Block>();
        foreach (var paragraph in file.Document.Syntax.Descendants<ParagraphBlock>())
        {
            if (paragraph.Inline is null || SharedTextBlock.IsInside(paragraph))
            {
                continue;
            }

            var text = Prose.TextOf(paragraph.Inline);
            var crisis = CrisisLine().IsMatch(text);
            if (!crisis && (!EmergencyNumber().IsMatch(text) || !WarningSign().IsMatch(text)))
            {
                continue;
            }

            // One problem per hand-written box, at its first line; a loose sentence is reported where it is.
            var at = EnclosingEmergencyBox(paragraph) ?? (Block)paragraph;
            if (reported.Add(at))
            {
                file.Diagnostics.Add(DiagnosticCodes.HandWrittenEmergency, at.Line + 1, at.Column + 1, crisis
                    ? $"this writes crisis lines by hand: put '~~~include {SharedTexts.CrisisHelp}' here instead, so every page gives the same, current numbers"
                    : at is CustomContainer
                    ? $"this '::: emergency' box writes its own warning signs: {Fix}"
                    : $"this sentence gives an emergency number with warning signs: {Fix}");
            }
        }
    }

    private static CustomContainer? EnclosingEmergencyBox(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is CustomContainer box && box.Info?.Trim() == "emergency")
            {
                return box;
            }
        }

        return null;
    }

    // A crisis line's number: 988 (US), Samaritans' 116 123 (UK and Ireland).
    [GeneratedRegex(@"\b988\b|116 ?123")]
    private static partial Regex CrisisLine();

    [GeneratedRegex(@"\b(911|999|112)\b")]
    private static partial Regex EmergencyNumber();

    [GeneratedRegex(@"chest pain|headache|seizure|weakness|hard to wake|breathing (very )?slow|short of breath|change in vision", RegexOptions.IgnoreCase)]
    private static partial Regex WarningSign();
}
