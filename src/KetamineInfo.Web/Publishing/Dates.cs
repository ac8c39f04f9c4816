using System.Globalization;

namespace KetamineInfo.Web.Publishing;

/// <summary>Dates in words, the way readers say them ("25 November 2026").</summary>
public static class Dates
{
    public static string InWords(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string MonthYear(DateOnly date) => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
