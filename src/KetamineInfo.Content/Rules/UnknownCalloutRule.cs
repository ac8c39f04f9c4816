using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Markdown;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace KetamineInfo.Content.Rules;

/// <summary>KI0120: a <c>:::</c> box must be one the site knows (the tiers of <see cref="CalloutExtension"/>, or in-short).</summary>
internal sealed class UnknownCalloutRule : IFileRule
{
    public IReadOnlyList<DiagnosticCode> Codes => [DiagnosticCodes.UnknownCallout];

    public void Check(RuleInput file)
    {
        foreach (var container in file.Document.Syntax.Descendants<CustomContainer>())
        {
            var tier = container.Info?.Trim() ?? string.Empty;
            if (!CalloutExtension.Labels.ContainsKey(tier) && tier != CalloutExtension.InShort)
            {
                file.Diagnostics.Add(DiagnosticCodes.UnknownCallout, container.Line + 1, container.Column + 1,
                    $"unknown box type '::: {tier}': use one of {string.Join(", ", CalloutExtension.Labels.Keys.Append(CalloutExtension.InShort).Select(k => $"'::: {k}'"))}");
            }
        }
    }
}
