using System.Text;
using KetamineInfo.Content.Diagnostics;
using Microsoft.Extensions.FileProviders;

namespace KetamineInfo.Content.Files;

/// <summary>
/// Reads content files through an <see cref="IFileProvider"/>, within the size and count limits: regular files
/// only, at most <paramref name="maxFileBytes"/> bytes read, strict UTF-8. The first stage of the data path.
/// </summary>
internal sealed class ContentFiles(IFileProvider provider, string displayRoot, long maxFileBytes, int maxFiles)
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
        if (names.Count > maxFiles)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.TooManyFiles, SourceLocation.StartOf(DisplayPath(folder)),
                $"{names.Count} files; only the first {maxFiles} are read"));
            names = names[..maxFiles];
        }

        return names.Select(n => $"{folder}/{n}").ToList();
    }

    /// <summary>The file's text, or null (with a diagnostic) when it is missing, not a regular file, too large or not UTF-8.</summary>
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

        try
        {
            if (file.PhysicalPath is { } physicalPath && RegularFileCheck.Problem(physicalPath) is { } problem)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticCodes.FileUnreadable, at, problem));
                return null;
            }

            // The reported length is not trusted (a device reports 0): at most one byte over the limit is read.
            using var stream = file.CreateReadStream();
            if (ReadAtMost(stream, maxFileBytes) is not { } bytes)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticCodes.FileUnreadable, at,
                    $"the file is larger than {maxFileBytes} bytes ({maxFileBytes / 1024} KB), the limit; it was not read further"));
                return null;
            }

            using var reader = new StreamReader(new MemoryStream(bytes), StrictUtf8, detectEncodingFromByteOrderMarks: true);
            var text = reader.ReadToEnd();
            return text.Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.FileUnreadable, at, $"the file cannot be read: {ex.Message}"));
            return null;
        }
    }

    /// <summary>The stream's bytes, or null when there are more than <paramref name="limit"/>.</summary>
    private static byte[]? ReadAtMost(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }
}
