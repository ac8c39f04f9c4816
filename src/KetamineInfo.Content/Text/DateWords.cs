using System.Globalization;

namespace KetamineInfo.Content.Text;

/// <summary>Dates in words, the way readers of each language say them ("25 November 2026", "25 de noviembre de 2026").</summary>
public static class DateWords
{
    // Spelt out rather than taken from a culture: the site runs with invariant globalization, and these never change.
    private static readonly string[] SpanishMonths =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    /// <summary>A date in <paramref name="language"/>: "5 de diciembre de 2026" in Spanish; "5 December 2026" otherwise.</summary>
    public static string InWords(DateOnly date, string language = "en") => language == "es"
        ? string.Create(CultureInfo.InvariantCulture, $"{date.Day} de {SpanishMonths[date.Month - 1]} de {date.Year}")
        : date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A month in <paramref name="language"/>: "diciembre de 2026" in Spanish; "December 2026" otherwise.</summary>
    public static string MonthYear(DateOnly date, string language = "en") => language == "es"
        ? string.Create(CultureInfo.InvariantCulture, $"{SpanishMonths[date.Month - 1]} de {date.Year}")
        : date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
