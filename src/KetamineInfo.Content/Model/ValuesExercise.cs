namespace KetamineInfo.Content.Model;

/// <summary>
/// "What matters to you", from <c>decision/values.yml</c>: statements to weigh, each with the question it
/// suggests asking, the agreement scale, the SURE test's questions and where the reader stands now.
/// </summary>
public sealed record ValuesExercise(
    IReadOnlyList<ValueStatement> Statements,
    IReadOnlyList<string> Scale,
    string SureIntro,
    IReadOnlyList<SureQuestion> Sure,
    string LeaningQuestion,
    string NotReady);

/// <summary>A statement a reader agrees or disagrees with; <see cref="Question"/> goes in their summary when they agree.</summary>
public sealed record ValueStatement(string Id, string Statement, string Question);

/// <summary>One of the SURE test's four yes/no questions.</summary>
public sealed record SureQuestion(string Id, string Question);
