namespace KetamineInfo.Content.Model;

/// <summary>One source in references.yml, cited from articles as <c>[@Key]</c>.</summary>
public sealed record Reference(
    string Key,
    string? Authors,
    string Title,
    string? Container,
    int? Year,
    string? Doi,
    string? Pmid,
    string? Url,
    DateOnly? Accessed,
    string? CopyUrl = null)
{
    /// <summary>
    /// The same source in Spanish from its own publisher (<c>url_es</c>: MedlinePlus en español, say), linked beside the
    /// original on Spanish pages.
    /// </summary>
    public string? SpanishUrl { get; init; }

    /// <summary>The best link for a reader: the DOI, else PubMed, else the official URL.</summary>
    public string Link =>
        Doi is not null ? $"https://doi.org/{Doi}"
        : Pmid is not null ? $"https://pubmed.ncbi.nlm.nih.gov/{Pmid}/"
        : Url ?? string.Empty;

    /// <summary>How the reference reads in a Sources list, each part once with normal punctuation.</summary>
    public ReferenceParts Parts => ReferenceParts.Of(this);
}
