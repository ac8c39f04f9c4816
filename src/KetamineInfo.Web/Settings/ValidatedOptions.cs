using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Settings;

/// <summary>
/// Options bound from one configuration section and refused at start when a value is out of bounds: the process stops
/// before the port opens, with each key as an operator sets it (<c>Caching:MaxBytes</c>), the value given and what
/// is allowed. Bounds are data annotations on the options class, or <see cref="IValidatableObject"/> for rules
/// between values; nothing is clamped later.
/// </summary>
internal static class ValidatedOptions
{
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, string section)
        where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(new SectionValidator<T>(section));
        return services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }

    /// <summary>
    /// The refused settings behind a failed start: one validation failure, or several at once (the host's start-up
    /// check reports every options class that failed).
    /// </summary>
    public static IReadOnlyList<string> Refusals(Exception ex) => ex switch
    {
        OptionsValidationException one => [.. one.Failures],
        AggregateException many => [.. many.InnerExceptions.SelectMany(Refusals)],
        _ => [],
    };

    /// <summary>The message printed when the site will not start: one line per refused setting.</summary>
    public static string Describe(IReadOnlyList<string> refused) =>
        "The site could not start: " + (refused.Count == 1 ? "a setting is" : "settings are") + " not allowed."
        + string.Concat(refused.Select(f => Environment.NewLine + "  " + f));

    private sealed class SectionValidator<T>(string section) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
            return results.Count == 0
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(results.Select(r => r.MemberNames.FirstOrDefault() is { } member
                    ? $"{section}:{member} is {Show(typeof(T).GetProperty(member)?.GetValue(options))}: {r.ErrorMessage}"
                    : $"{section}: {r.ErrorMessage}"));
        }

        private static string Show(object? value) => value switch
        {
            null => "empty",
            string s => $"'{s}'",
            IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Show)) + "]",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "empty",
        };
    }
}
