using System.CommandLine.Parsing;
using System.Globalization;

namespace KetamineInfo.Web.Cli;

/// <summary>
/// A number of days typed after an option (<c>--due 90</c>): digits only, within a range. Anything else is a parse
/// error with the option's own message, reported by System.CommandLine like any other wrong argument.
/// </summary>
internal static class DayCount
{
    public static Func<ArgumentResult, int?> Parser(int min, int max, string message) => result =>
    {
        if (result.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var days)
            && days >= min && days <= max)
        {
            return days;
        }

        result.AddError(message);
        return null;
    };
}
