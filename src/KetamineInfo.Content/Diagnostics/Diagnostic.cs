namespace KetamineInfo.Content.Diagnostics;

/// <summary>How serious a content problem is: errors keep a file's new version off the site.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>One problem found in a content file, with a 1-based line and column.</summary>
public sealed record Diagnostic(string Path, int Line, int Column, DiagnosticSeverity Severity, string Code, string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>
    /// The line format compilers use, so editors' tools can jump to the place. Always one line: the path and
    /// message come from file names and content, so control characters in them are escaped here, where the
    /// line is made, for every console, log and CI job that prints it.
    /// </summary>
    public override string ToString() =>
        TerminalText.Escape($"{Path}:{Line}:{Column}: {(IsError ? "error" : "warning")} {Code}: {Message}");

    public static Diagnostic Create(DiagnosticCode code, SourceLocation at, string message) =>
        new(at.Path, at.Line, at.Column, code.Severity, code.Id, message);
}

/// <summary>A place in a content file: repository-relative path, 1-based line and column.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation StartOf(string path) => new(path, 1, 1);
}
