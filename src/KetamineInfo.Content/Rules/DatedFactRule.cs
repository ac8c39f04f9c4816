using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Markdown;

namespace KetamineInfo.Content.Rules;

/// <summary>
/// KI0206 and KI0207: a <c>{recheck YYYY-MM-DD}</c> fact falls due within 60 days, or its day has passed. Both
/// are warnings: a date never takes a page down. A marker whose date does not parse is KI0105.
/// </summary>
internal sealed class DatedFactRule : IFileRule
{
    public const int DueSoonDays = 60;

    public IReadOnlyList<DiagnosticCode> Codes => [DiagnosticCodes.DatedFactDueSoon, DiagnosticCodes.DatedFactPassed, DiagnosticCodes.WrongType];

    public void Check(RuleInput file)
    {
        foreach (var marker in RecheckExtension.MarkersOf(file.Document.Syntax))
        {
            var (line, column) = (marker.Line + 1, marker.Column + 1);
            if (marker.Date is not { } date)
            {
                file.Diagnostics.Add(DiagnosticCodes.WrongType, line, column, $"'{marker.Source}' needs a date written like {{recheck 2026-12-31}}");
                continue;
            }

            var left = date.DayNumber - file.Settings.Today.DayNumber;
            if (left < 0)
            {
                file.Diagnostics.Add(DiagnosticCodes.DatedFactPassed, line, column, $"this fact was due to be checked again on {date:yyyy-MM-dd}: check it, update the text and set a new date");
            }
            else if (left <= DueSoonDays)
            {
                file.Diagnostics.Add(DiagnosticCodes.DatedFactDueSoon, line, column, $"this fact is due to be checked again on {date:yyyy-MM-dd} (in {left} day{(left == 1 ? string.Empty : "s")})");
            }
        }
    }
}
