using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Yaml;
using Markdig.Syntax;

namespace KetamineInfo.Content.Parsing;

/// <summary>
/// A Markdown file after parsing, before rendering: its front matter, syntax tree and section ids.
/// Rendering needs the whole site (references, other articles' sections), so it happens in a second pass.
/// </summary>
internal sealed class SourceDocument
{
    public required string Path { get; init; }

    public required string Slug { get; init; }

    public required string Text { get; init; }

    public required MarkdownDocument Syntax { get; init; }

    /// <summary>The front matter, or null when it is missing or is not valid YAML.</summary>
    public required YamlMappingReader? FrontMatter { get; init; }

    public required IReadOnlyList<Heading> Headings { get; init; }

    public required DiagnosticBag Diagnostics { get; init; }

    /// <summary>The shared texts placed with <c>~~~include</c>, by name, with the words placed: part of what a clinician signs off.</summary>
    public IReadOnlyList<(string Name, string Text)> Included { get; init; } = [];

    /// <summary>The 1-based line where the body starts (after front matter).</summary>
    public required int BodyLine { get; init; }

    /// <summary>How many diagnostics parsing itself reported; later passes add theirs after these.</summary>
    public int ParseDiagnosticCount { get; init; }

    /// <summary>
    /// This document, parsed by an earlier load, for a later load of the same text: as if just parsed, with only
    /// parsing's own diagnostics, in a bag of its own, so the earlier load's document stays as it was. The syntax tree
    /// is shared and may have been rendered (rendering rewrites it), so the copy is used only where its rendered body
    /// is reused too.
    /// </summary>
    public SourceDocument ParsedAgain()
    {
        var bag = new DiagnosticBag(Path);
        bag.AddRange(Diagnostics.Items.Take(ParseDiagnosticCount));
        return new SourceDocument
        {
            Path = Path,
            Slug = Slug,
            Text = Text,
            Syntax = Syntax,
            FrontMatter = FrontMatter?.ReportingTo(bag),
            Headings = Headings,
            Included = Included,
            Diagnostics = bag,
            BodyLine = BodyLine,
            ParseDiagnosticCount = ParseDiagnosticCount,
        };
    }

    /// <summary>
    /// A file that could not be read or parsed: no front matter and an empty body, with the reasons in its
    /// diagnostics, so it goes the way of any file with errors and its last good version stays on the site.
    /// </summary>
    public static SourceDocument Failed(string path, IEnumerable<Diagnostic> problems)
    {
        var bag = new DiagnosticBag(path);
        bag.AddRange(problems);
        return new SourceDocument
        {
            Path = path,
            Slug = System.IO.Path.GetFileNameWithoutExtension(path),
            Text = string.Empty,
            Syntax = new MarkdownDocument(),
            FrontMatter = null,
            Headings = [],
            Diagnostics = bag,
            BodyLine = 1,
            ParseDiagnosticCount = bag.Items.Count,
        };
    }
}
