using System.Security.Cryptography;
using System.Text;

namespace KetamineInfo.Web.Export;

/// <summary>
/// The marker an export leaves in its folder: every file it wrote, with the SHA-256 of the bytes it wrote.
/// A file is the exporter's to replace or remove only while its bytes still match, so a copied or planted
/// manifest can name nothing but files whose exact contents it already holds.
/// </summary>
internal sealed class ExportManifest
{
    public const string FileName = ".ketamineinfo-export";
    private const string Header = "# KetamineInfo export manifest v1: SHA-256 and path of each file the last export wrote";
    private const long MaxBytes = 16 * 1024 * 1024;

    private readonly Dictionary<string, HashSet<string>> _hashes = new(StringComparer.Ordinal);

    public IEnumerable<string> Paths => _hashes.Keys;

    public static ExportManifest Empty => new();

    /// <summary>The manifest in <paramref name="folder"/>, or null when there is none or it is not one we wrote.</summary>
    public static ExportManifest? Read(string folder)
    {
        var file = new FileInfo(Path.Combine(folder, FileName));
        if (!file.Exists || file.LinkTarget is not null || file.Length > MaxBytes)
        {
            return null;
        }

        var lines = File.ReadAllLines(file.FullName, Encoding.UTF8);
        if (lines.Length == 0 || lines[0] != Header)
        {
            return null;
        }

        var manifest = new ExportManifest();
        foreach (var line in lines.Skip(1))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space != 64 || !line[..64].All(char.IsAsciiHexDigitLower) || !IsExportPath(line[65..]))
            {
                return null; // an export never writes such a line, so this manifest proves nothing
            }

            manifest.Add(line[65..], line[..64]);
        }

        return manifest;
    }

    /// <summary>Paths an export can write: relative, '/'-separated, no empty, dot or hidden segment, no control character.</summary>
    public static bool IsExportPath(string path) =>
        path.Length is > 0 and <= 1024
        && !path.Any(c => char.IsControl(c) || c == '\\')
        && path.Split('/').All(segment => segment.Length > 0 && segment[0] != '.');

    public static string HashOf(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public void Add(string path, string hash)
    {
        if (!_hashes.TryGetValue(path, out var hashes))
        {
            _hashes[path] = hashes = new HashSet<string>(StringComparer.Ordinal);
        }

        hashes.Add(hash);
    }

    public bool Wrote(string path, string hash) => _hashes.TryGetValue(path, out var hashes) && hashes.Contains(hash);

    public ExportManifest Union(ExportManifest other)
    {
        var union = new ExportManifest();
        foreach (var (path, hashes) in _hashes.Concat(other._hashes))
        {
            foreach (var hash in hashes)
            {
                union.Add(path, hash);
            }
        }

        return union;
    }

    /// <summary>Writes beside the old manifest and renames over it, so the folder always holds a whole one.</summary>
    public void WriteTo(string folder)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var (path, hashes) in _hashes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var hash in hashes.Order(StringComparer.Ordinal))
            {
                text.Append(hash).Append(' ').Append(path).Append('\n');
            }
        }

        var target = Path.Combine(folder, FileName);
        var temporary = $"{target}.{Guid.NewGuid():N}";
        File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, target, overwrite: true);
    }
}
