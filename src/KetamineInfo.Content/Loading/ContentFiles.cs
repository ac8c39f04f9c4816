using System.Text;
using KetamineInfo.Content.Diagnostics;
using Microsoft.Extensions.FileProviders;

namespace KetamineInfo.Content.Loading;

/// <summary>Reads content files through an <see cref="IFileProvider"/>, within the size and count limits.</summary>
internal sealed class ContentFiles(IFileProvider provider, string displayRoot, ContentLimits limits)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string DisplayPath(string relativePath) => $"{displayRoot}/{relativePath}";

    /// <summary>The Markdown files of one folder, sorted by name, at most the file limit.</summary>
    public IReadOnlyList<string> MarkdownFiles(string folder, List<Diagnostic> diagnostics)
    {
        var names = provider.GetDirectoryContents(folder)
            .Where(f => !f.IsDirectory && f.Name.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => f.Name)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (names.Count > limits.MaxFiles)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.TooManyFiles, SourceLocation.StartOf(DisplayPath(folder)),
                $"{names.Count} files; only the first {limits.MaxFiles} are read"));
            names = names[..limits.MaxFiles];
        }

        return names.Select(n => $"{folder}/{n}").ToList();
    }

    /// <summary>The file's text, or null (with a diagnostic) when it is missing, too large or not UTF-8.</summary>
    public string? ReadText(string relativePath, List<Diagnostic> diagnostics, bool required = true)
    {
        var file = provider.GetFileInfo(relativePath);
        var at = SourceLocation.StartOf(DisplayPath(relativePath));
        if (!file.Exists || file.IsDirectory)
        {
            if (required)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticCodes.FileUnreadable, at, "the file is missing"));
            }

            return null;
        }

        if (file.Length > limits.MaxFileBytes)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.FileUnreadable, at,
                $"the file is {file.Length / 1024} KB; the limit is {limits.MaxFileBytes / 1024} KB"));
            return null;
        }

        try
        {
            using var stream = file.CreateReadStream();
            using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true);
            var text = reader.ReadToEnd();
            return text.Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.FileUnreadable, at, $"the file cannot be read: {ex.Message}"));
            return null;
        }
    }
}
