using KetamineInfo.Content.Text;

namespace KetamineInfo.Web.Publishing;

/// <summary>Dates in words, the way readers of each language say them ("25 November 2026", "25 de noviembre de 2026").</summary>
public static class Dates
{
    public static string InWords(DateOnly date) => DateWords.InWords(date);

    public static string MonthYear(DateOnly date) => DateWords.MonthYear(date);

    /// <summary>A date in <paramref name="language"/>: "5 de diciembre de 2026" in Spanish; English otherwise.</summary>
    public static string InWords(DateOnly date, string language) => DateWords.InWords(date, language);

    /// <summary>A month in <paramref name="language"/>: "diciembre de 2026" in Spanish; English otherwise.</summary>
    public static string MonthYear(DateOnly date, string language) => DateWords.MonthYear(date, language);
}
