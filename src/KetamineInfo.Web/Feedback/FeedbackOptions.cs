using KetamineInfo.Content.Model;

namespace KetamineInfo.Web.Feedback;

/// <summary>Reader feedback (section <c>Feedback</c>; PostgreSQL instead of SQLite when <c>ConnectionStrings:Feedback</c> is set).</summary>
public sealed class FeedbackOptions : System.ComponentModel.DataAnnotations.IValidatableObject
{
    public const string Section = "Feedback";

    /// <summary>The SQLite file. Empty means <c>KetamineInfo/feedback.db</c> in the user's local application data folder.</summary>
    public string? Path { get; set; }

    /// <summary>Where the static copy's form posts (a live site's <c>/feedback</c>). Empty: the static copy has no form.</summary>
    public string? Endpoint { get; set; }

    /// <summary>
    /// Other origins whose pages may post here, besides this site's own (a static copy posting to the live
    /// site through <see cref="Endpoint"/>), like <c>https://copy.example.org</c>.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Whether pages show the form. Off for a static copy without an <see cref="Endpoint"/>.</summary>
    public bool Form { get; set; } = true;

    /// <summary>How long feedback is kept (the about page says so); older rows are deleted daily.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3650, ErrorMessage = "must be from {1} to {2} days")]
    public int RetentionDays { get; set; } = 365;

    /// <summary>Answers waiting to be written; past this, a reader is told to try again later (503).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 100_000, ErrorMessage = "must be from {1} to {2}")]
    public int QueueLimit { get; set; } = 1000;

    /// <summary>
    /// How long a reader waits for their answer to be stored before being told feedback is unavailable right now
    /// (their words given back), and how long one write may run. A frozen database must not hold readers.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(5);

    public IEnumerable<System.ComponentModel.DataAnnotations.ValidationResult> Validate(System.ComponentModel.DataAnnotations.ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Endpoint)
            && !(Endpoint.StartsWith('/') && !Endpoint.StartsWith("//", StringComparison.Ordinal))
            && !(Uri.TryCreate(Endpoint, UriKind.Absolute, out var endpoint) && endpoint.Scheme == "https"))
        {
            yield return new(
                "must be a path on this site (/feedback) or an https address, like https://ketamine.example.org/feedback", [nameof(Endpoint)]);
        }

        if (AllowedOrigins.FirstOrDefault(o => !(Uri.TryCreate(o, UriKind.Absolute, out var origin) && origin.Scheme is "http" or "https" && origin.AbsolutePath == "/")) is { } bad)
        {
            yield return new($"'{bad}' is not an origin: each must be http or https with no path, like https://copy.example.org", [nameof(AllowedOrigins)]);
        }
    }

    public string ResolvePath() => string.IsNullOrWhiteSpace(Path)
        ? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "KetamineInfo", "feedback.db")
        : System.IO.Path.GetFullPath(Path);

    /// <summary>Whether this process takes feedback itself (and so needs its store): the form is on and posts here.</summary>
    public bool TakenHere => Form && string.IsNullOrWhiteSpace(Endpoint);

    /// <summary>Where the form posts: this site's own <c>/feedback</c>, or the configured endpoint.</summary>
    public string FormAction => string.IsNullOrWhiteSpace(Endpoint) ? SitePaths.Feedback : Endpoint;

    /// <summary>Where a page in <paramref name="language"/> posts: this site's feedback page in that language, or the set endpoint.</summary>
    public string FormActionIn(string language) => string.IsNullOrWhiteSpace(Endpoint) ? SitePaths.FeedbackIn(language) : Endpoint;
}
