namespace KetamineInfo.Content.Model;

/// <summary>
/// A Markdown body rendered once: safe HTML plus what pages and checks need to know about it. An article's
/// opening <c>::: in-short</c> box is rendered apart, as <see cref="KeyFactsHtml"/>, so the page can put the
/// key facts first, above its own navigation; its citations keep their numbers.
/// </summary>
public sealed record RenderedBody(
    string Html,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<CitedReference> Sources,
    string PlainText,
    TextStatistics Statistics,
    string? KeyFactsHtml = null)
{
    /// <summary>Sentences marked to be checked again on a date (<c>{recheck YYYY-MM-DD}</c>), in order.</summary>
    public IReadOnlyList<DatedFact> DatedFacts { get; init; } = [];

    /// <summary>The glossary terms the body links, in order: their definitions are shown on the page, so they are part of its words.</summary>
    public IReadOnlyList<GlossaryTerm> GlossaryTerms { get; init; } = [];

    /// <summary>
    /// The body cut at its h2 and h3 headings, in order: the opening above the first heading (with an empty
    /// <see cref="BodySection.Id"/>), then each section that has words of its own. Search finds these.
    /// </summary>
    public IReadOnlyList<BodySection> Sections { get; init; } = [];

    /// <summary>True when the body holds "What matters to you", whose summary needs <c>values.js</c>.</summary>
    public bool HasValuesExercise { get; init; }
}

/// <summary>An h2 or h3 with the id that links to it.</summary>
public sealed record Heading(int Level, string Text, string Id);

/// <summary>
/// One part of a body a reader can link to: its heading's id and text (both empty for the opening above the first
/// heading), the h2 above it when it is an h3, and its words as plain text, one paragraph or table row a line.
/// </summary>
public sealed record BodySection(string Id, string Heading, string ParentHeading, string PlainText);

/// <summary>A reference as the article numbers it, in order of first citation.</summary>
public sealed record CitedReference(int Number, Reference Reference, string FirstCitationId);

/// <summary>Counts behind the reading grade.</summary>
public sealed record TextStatistics(int Words, int Sentences, int Syllables, int Citations)
{
    /// <summary>Flesch–Kincaid US grade level; 0 for an empty body.</summary>
    public double ReadingGrade => Words == 0 || Sentences == 0
        ? 0
        : Math.Round((0.39 * Words / Sentences) + (11.8 * Syllables / Words) - 15.59, 1);
}
