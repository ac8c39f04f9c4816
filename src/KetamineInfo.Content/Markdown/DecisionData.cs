using KetamineInfo.Content.Model;
using KetamineInfo.Content.Parsing;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// What the decision blocks are built from, in one language: either data part is null when its file is missing or
/// broken; <paramref name="Words"/> are the labels put around the data; <paramref name="FolderPrefix"/> is where the
/// language's files live ("" for English, "es/" for Spanish), for messages.
/// </summary>
internal sealed record DecisionData(TreatmentOptions? Options, ValuesExercise? Values, SiteStrings? Words = null, string Language = "en", string FolderPrefix = "")
{
    public static readonly DecisionData None = new(null, null);

    public SiteStrings Words { get; init; } = Words ?? SiteStringsReader.Shipped;
}
