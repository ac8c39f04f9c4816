namespace KetamineInfo.Content.Diagnostics;

/// <summary>Collects the diagnostics of one file while it is read.</summary>
internal sealed class DiagnosticBag(string path)
{
    private readonly List<Diagnostic> _items = [];

    public string Path { get; } = path;

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.IsError);

    /// <summary>"Did you mean" searches run for this file so far; <see cref="Suggest"/> stops at its limit.</summary>
    public int HintSearches { get; set; }

    public void Add(DiagnosticCode code, int line, int column, string message) =>
        _items.Add(Diagnostic.Create(code, new SourceLocation(Path, line, column), message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
