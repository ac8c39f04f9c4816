using System.IO.Compression;
using System.Security.Cryptography;

namespace KetamineInfo.Web.Caching;

/// <summary>
/// One page as rendered for one content snapshot: its bytes, their Brotli and gzip forms, and a strong
/// ETag for each form, taken from the plain bytes themselves (so it stays right across restarts and servers).
/// </summary>
internal sealed class RenderedPage
{
    // Brotli's top quality (11) cost 178 ms for a 70 KB article, a price anyone could make the site pay
    // again and again; quality 6 takes 1.5 ms for 14% more bytes (docs/benchmarks.md has the figures).
    private static readonly BrotliCompressionOptions BrotliQuality = new() { Quality = 6 };

    private readonly string _hash;

    private RenderedPage(string contentType, byte[] identity, byte[] brotli, byte[] gzip, string hash)
    {
        ContentType = contentType;
        Identity = identity;
        Brotli = brotli;
        Gzip = gzip;
        _hash = hash;
    }

    public string ContentType { get; }

    public byte[] Identity { get; }

    public byte[] Brotli { get; }

    public byte[] Gzip { get; }

    /// <summary>
    /// The strong ETag of one form: a strong tag promises the same bytes (RFC 9110, 8.8.3), and the plain, Brotli
    /// and gzip bodies differ, so each has its own (as nginx and ASP.NET's static assets do). A cache that kept
    /// the gzip body under the plain body's tag could otherwise hand it to a client that never asked for gzip.
    /// </summary>
    public string ETagFor(string? coding) => coding switch
    {
        null => $"\"{_hash}\"",
        _ => $"\"{_hash}-{coding}\"",
    };

    /// <summary>What the page costs the cache: all three forms.</summary>
    public long Size => Identity.Length + Brotli.Length + Gzip.Length;

    public static RenderedPage Create(string contentType, byte[] body)
    {
        var hash = SHA256.HashData(body);
        var tag = Convert.ToBase64String(hash, 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return new RenderedPage(contentType, body, BrotliOf(body), GzipOf(body), tag);
    }

    /// <summary>Brotli at the quality the live cache uses (the export writes the same bytes).</summary>
    public static byte[] BrotliOf(byte[] body) => Compress(body, s => new BrotliStream(s, BrotliQuality));

    public static byte[] GzipOf(byte[] body) => Compress(body, s => new GZipStream(s, CompressionLevel.Optimal));

    private static byte[] Compress(byte[] body, Func<Stream, Stream> encoder)
    {
        using var output = new MemoryStream();
        using (var stream = encoder(output))
        {
            stream.Write(body);
        }

        return output.ToArray();
    }
}
