namespace KetamineInfo.Content.Model;

/// <summary>A plain-language definition from glossary.yml; <see cref="Id"/> is its anchor on /glossary.</summary>
public sealed record GlossaryTerm(string Id, string Term, IReadOnlyList<string> Aliases, string Definition);
