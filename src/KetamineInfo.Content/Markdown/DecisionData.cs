using KetamineInfo.Content.Model;

namespace KetamineInfo.Content.Markdown;

/// <summary>What the decision blocks are built from; either part is null when its file is missing or broken.</summary>
internal sealed record DecisionData(TreatmentOptions? Options, ValuesExercise? Values)
{
    public static readonly DecisionData None = new(null, null);
}
