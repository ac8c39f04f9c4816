using KetamineInfo.Content.Model;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// <c>{certainty low the Cochrane review, 2021}</c> after a claim shows how sure a published systematic review
/// was of it (GRADE: high, moderate, low, very-low) and who rated it, as a small labelled badge linking to the
/// glossary's plain-words explanation. We never rate evidence ourselves: a claim with no published rating gets
/// no badge. <c>Rules/CertaintyWordingRule</c> checks the sentence's wording matches the rating.
/// </summary>
internal sealed class CertaintyExtension : InlineSyntaxExtension<CertaintyInlineParser, CertaintyRenderer>
{
    public static readonly string GlossaryPath = SitePaths.GlossaryTerm("certainty-of-evidence");

    public static readonly IReadOnlyDictionary<string, string> Levels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Each level's words are in strings/en.yml (body.certainty_high, …).
        ["high"] = "body.certainty_high",
        ["moderate"] = "body.certainty_moderate",
        ["low"] = "body.certainty_low",
        ["very-low"] = "body.certainty_very_low",
    };

}

/// <summary>A certainty marker; <see cref="Level"/> is null when the word after "certainty" is not a GRADE level.</summary>
internal sealed class CertaintyInline : LeafInline
{
    public required string Source { get; init; }

    public string? Level { get; init; }

    public required string RatedBy { get; init; }
}

internal sealed class CertaintyInlineParser() : BraceMarkerParser("certainty", 160)
{
    protected override LeafInline Create(string inner, string source)
    {
        var space = inner.IndexOf(' ', StringComparison.Ordinal);
        var level = space < 0 ? inner : inner[..space];
        return new CertaintyInline
        {
            Source = source,
            Level = CertaintyExtension.Levels.ContainsKey(level) ? level : null,
            RatedBy = space < 0 ? string.Empty : inner[(space + 1)..].Trim(),
        };
    }
}

internal sealed class CertaintyRenderer : HtmlObjectRenderer<CertaintyInline>, IUsesSiteStrings
{
    public Model.SiteStrings Strings { private get; set; } = Parsing.SiteStringsReader.Shipped;

    protected override void Write(HtmlRenderer renderer, CertaintyInline certainty)
    {
        if (certainty.Level is not { } level || certainty.RatedBy.Length == 0)
        {
            return; // reported as an error; the last good version is what readers see
        }

        // "{level}, rated by {rater}": the level is the link to the glossary, wherever the words put it.
        var template = Strings["body.certainty_rated_by"];
        var at = template.IndexOf("{level}", StringComparison.Ordinal);
        var label = Strings[CertaintyExtension.Levels[level]];
        renderer.Write(" <span class=\"certainty certainty-").Write(level).Write("\">")
            .WriteEscape(template[..at].Replace("{rater}", certainty.RatedBy, StringComparison.Ordinal))
            .Write("<a href=\"").Write(CertaintyExtension.GlossaryPath).Write("\">").WriteEscape(label).Write("</a>")
            .WriteEscape(template[(at + "{level}".Length)..].Replace("{rater}", certainty.RatedBy, StringComparison.Ordinal)).Write("</span>");
    }
}
