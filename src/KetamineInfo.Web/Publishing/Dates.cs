using System.Globalization;

namespace KetamineInfo.Web.Publishing;

/// <summary>Dates in words, the way readers of each language say them ("25 November 2026", "25 de noviembre de 2026").</summary>
public static class Dates
{
    // Spelt out rather than taken from a culture: the site runs with invariant globalization, and these never change.
    private static readonly string[] SpanishMonths =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    public static string InWords(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string MonthYear(DateOnly date) => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A date in <paramref name="language"/>: "5 de diciembre de 2026" in Spanish; English otherwise.</summary>
    public static string InWords(DateOnly date, string language) => language == "es"
        ? string.Create(CultureInfo.InvariantCulture, $"{date.Day} de {SpanishMonths[date.Month - 1]} de {date.Year}")
        : InWords(date);

    /// <summary>A month in <paramref name="language"/>: "diciembre de 2026" in Spanish; English otherwise.</summary>
    public static string MonthYear(DateOnly date, string language) => language == "es"
        ? string.Create(CultureInfo.InvariantCulture, $"{SpanishMonths[date.Month - 1]} de {date.Year}")
        : MonthYear(date);
}
