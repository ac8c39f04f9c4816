using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Yaml;

namespace KetamineInfo.Content.Parsing;

/// <summary>Reads <c>decision/values.yml</c>, the statements and questions of "What matters to you".</summary>
internal static class ValuesExerciseReader
{
    public const string FileName = "decision/values.yml";

    private static readonly string[] RootFields = ["scale", "statements", "sure_intro", "sure", "leaning", "not_ready"];

    public static ValuesExercise? Read(string yaml, DiagnosticBag bag)
    {
        if (YamlMappingReader.For(SafeYaml.Load(yaml, bag), bag, 0, FileName) is not { } root)
        {
            return null;
        }

        root.RejectUnknownKeys(RootFields, "values file");
        var scale = root.StringList("scale");
        if (scale.Count is < 2 or > 7)
        {
            var (line, column) = root.PositionOf("scale");
            bag.Add(DiagnosticCodes.ValueOutOfRange, Math.Max(line, 1), Math.Max(column, 1), "'scale' must list 2 to 7 answers, from most disagreeing to most agreeing");
        }

        var statements = Entries(root, "statements", "statement", "question", bag).Select(e => new ValueStatement(e.Id, e.First, e.Second!)).ToList();
        var sure = Entries(root, "sure", "question", null, bag).Select(e => new SureQuestion(e.Id, e.First)).ToList();
        var sureIntro = root.String("sure_intro", required: true, maxLength: 600);
        var leaning = root.String("leaning", required: true, maxLength: 200);
        var notReady = root.String("not_ready", required: true, maxLength: 200);
        return bag.HasErrors || sureIntro is null || leaning is null || notReady is null
            ? null
            : new ValuesExercise(statements, scale, sureIntro, sure, leaning, notReady);
    }

    private static List<(string Id, string First, string? Second)> Entries(YamlMappingReader root, string key, string first, string? second, DiagnosticBag bag)
    {
        var read = new List<(string, string, string?)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string[] fields = second is null ? ["id", first] : ["id", first, second];
        foreach (var node in TreatmentOptionsReader.Items(root, key, bag, 20))
        {
            if (YamlMappingReader.For(node, bag, 0, $"an item of '{key}'") is not { } entry)
            {
                continue;
            }

            entry.RejectUnknownKeys(fields, key);
            var id = entry.String("id", required: true, maxLength: 40);
            var one = entry.String(first, required: true, maxLength: 300);
            var two = second is null ? null : entry.String(second, required: true, maxLength: 300);
            if (id is not null && (!Slug.IsValid(id) || !ids.Add(id)))
            {
                bag.Add(DiagnosticCodes.BadSlug, entry.Line, entry.Column, $"'{id}' must be a unique id of lowercase letters, digits and hyphens");
            }
            else if (id is not null && one is not null && (second is null || two is not null))
            {
                read.Add((id, one, two));
            }
        }

        return read;
    }
}
