using KetamineInfo.Content.Diagnostics;

namespace KetamineInfo.Content.Rules;

/// <summary>An editorial rule: it names every code it reports, so README's table and the rule list agree.</summary>
internal interface IContentRule
{
    IReadOnlyList<DiagnosticCode> Codes { get; }
}

/// <summary>A rule over one article or page after it has rendered; problems go to the file's own diagnostics.</summary>
internal interface IFileRule : IContentRule
{
    void Check(RuleInput file);
}
