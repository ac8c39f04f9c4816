using System.Security.Cryptography;
using System.Text;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;

namespace KetamineInfo.Content.Loading;

/// <summary>
/// What the last load rendered, file by file, so a save re-renders only what it changed. An entry is reused only
/// when the file's text is the same and so is everything site-wide that rendering and the rules read
/// (<see cref="SiteInputs"/>: site.yml, references, glossary, reviewers and sign-offs, every article's address,
/// sections and drafts, today's date). Parsing still runs for every file, so link targets and front matter are
/// always current; it is the rendering and the rules — most of a load — that are skipped.
/// A file that failed to render is never cached: it is tried again.
/// </summary>
internal sealed class RenderCache
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public static RenderCache Empty { get; } = new();

    /// <summary>How many files the load that made this cache rendered, and how many it took from the last one.</summary>
    public (int Rendered, int Reused) Counts { get; private set; }

    public Entry? Find(string path, string text, string siteInputs) =>
        _entries.TryGetValue(path, out var entry) && entry.SiteInputs == siteInputs && string.Equals(entry.Text, text, StringComparison.Ordinal)
            ? entry
            : null;

    public void Add(string path, Entry entry, bool reused)
    {
        _entries[path] = entry;
        Counts = reused ? (Counts.Rendered, Counts.Reused + 1) : (Counts.Rendered + 1, Counts.Reused);
    }

    /// <summary>One file's rendered body and the diagnostics its rendering and rules reported.</summary>
    public sealed record Entry(string Text, string SiteInputs, RenderedBody Body, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>A fingerprint of everything site-wide that a file's rendering and rules depend on.</summary>
    public sealed class SiteInputs
    {
        private readonly StringBuilder _parts = new();

        public SiteInputs Add(string name, string? value)
        {
            _parts.Append(name).Append('=');
            _parts.Append(value is null ? "(none)" : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value))));
            _parts.Append('\n');
            return this;
        }

        public string Fingerprint() => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(_parts.ToString())));
    }
}
