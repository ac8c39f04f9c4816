using KetamineInfo.Content.Diagnostics;

namespace KetamineInfo.Content.Rules;

/// <summary>KI0111: an article's prose reads above site.yml's <c>reading_grade_limit</c> (Flesch–Kincaid).</summary>
internal sealed class ReadingGradeRule : IFileRule
{
    public IReadOnlyList<DiagnosticCode> Codes => [DiagnosticCodes.ReadingGradeTooHigh];

    public void Check(RuleInput file)
    {
        var (statistics, limit) = (file.Body.Statistics, file.Settings.ReadingGradeLimit);
        if (file.Article is not null && statistics.ReadingGrade > limit)
        {
            file.Diagnostics.Add(DiagnosticCodes.ReadingGradeTooHigh, file.Document.BodyLine, 1,
                $"reading grade {statistics.ReadingGrade:0.0} is above the limit of {limit:0.#} ({statistics.Words} words, {statistics.Sentences} sentences): use shorter sentences and common words");
        }
    }
}
