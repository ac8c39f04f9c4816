using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Markdown;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Yaml;
using Markdig;
using Markdig.Extensions.Yaml;

namespace KetamineInfo.Content.Parsing;

/// <summary>Parses one Markdown file: front matter from the parsed YAML block, shared words and the decision aid's blocks placed, headings with ids.</summary>
internal sealed class DocumentParser(MarkdownPipeline pipeline, DecisionData? decision = null, SharedTexts? shared = null)
{
    public SourceDocument Parse(string path, string text, ProcessingBudget budget)
    {
        var bag = new DiagnosticBag(path);
        var slug = System.IO.Path.GetFileNameWithoutExtension(path);
        if (!Slug.IsValid(slug))
        {
            bag.Add(DiagnosticCodes.BadSlug, 1, 1,
                $"file name '{slug}' is not a valid slug: use lowercase letters, digits and single hyphens (like side-effects-and-risks.md), at most {Slug.MaxLength} characters");
        }

        var syntax = Markdig.Markdown.Parse(text, pipeline, ProcessingBudgetExtension.Context(budget));
        budget.Check();
        var block = syntax.Count > 0 ? syntax[0] as YamlFrontMatterBlock : null;
        YamlMappingReader? frontMatter = null;
        var bodyLine = 1;
        if (block is null)
        {
            bag.Add(DiagnosticCodes.MissingFrontMatter, 1, 1, "the file must start with a front matter block between two '---' lines");
        }
        else
        {
            // The block's lines are the YAML between the fences; the opening fence is block.Line (0-based).
            var yaml = block.Lines.ToString();
            var lineOffset = block.Line + 1;
            frontMatter = YamlMappingReader.For(SafeYaml.Load(yaml, bag, lineOffset), bag, lineOffset, "front matter");
            bodyLine = block.Line + block.Lines.Count + 3;
        }

        var includes = IncludeBlocks.Apply(syntax, shared ?? SharedTexts.None, pipeline, budget, bag);
        DecisionBlocks.Apply(syntax, decision ?? DecisionData.None, pipeline, budget, bag);
        ChanceBlock.Apply(syntax, bag);
        var headings = HeadingIds.Assign(syntax);
        budget.Check();
        return new SourceDocument
        {
            Path = path,
            Slug = slug,
            Text = text,
            Syntax = syntax,
            FrontMatter = frontMatter,
            Headings = headings,
            Included = [.. includes.Select(name => (name, shared!.Find(name)!))],
            Diagnostics = bag,
            BodyLine = bodyLine,
            ParseDiagnosticCount = bag.Items.Count,
        };
    }
}
