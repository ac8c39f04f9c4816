using System.Globalization;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Text;

namespace KetamineInfo.Content.Rules;

/// <summary>
/// KI0212: a Spanish translation's prose reads below <see cref="Perspicuity.Target"/> on the INFLESZ scale — the Spanish
/// counterpart of the English reading grade (KI0111), a warning while translations are new.
/// </summary>
internal sealed class SpanishReadabilityRule : IFileRule
{
    public IReadOnlyList<DiagnosticCode> Codes => [DiagnosticCodes.SpanishReadingTooHard];

    public void Check(RuleInput file)
    {
        if (file.Metadata is not TranslationMetadata { Language: "es" })
        {
            return;
        }

        var reading = SpanishReadability.Measure(file.Body.PlainText);
        if (reading.Words > 0 && reading.Index < Perspicuity.Target)
        {
            file.Diagnostics.Add(DiagnosticCodes.SpanishReadingTooHard, file.Document.BodyLine, 1, string.Create(CultureInfo.InvariantCulture,
                $"lectura INFLESZ {reading.Index:0.0} ({reading.Band}) is below {Perspicuity.Target:0}, the bottom of 'bastante fácil' ({reading.Words} words, {reading.Sentences} sentences): use shorter sentences and shorter, common words"));
        }
    }
}
