using KetamineInfo.Content.Markdown;
using KetamineInfo.Content.Model;

namespace KetamineInfo.Content.Rendering;

/// <summary>What rendering one body needs to know about the rest of the site.</summary>
internal sealed record RenderContext(
    IReadOnlyDictionary<string, Reference> References,
    LinkTargets Links,
    GlossaryMatcher Glossary,
    Func<string, bool> SiteFileExists);
