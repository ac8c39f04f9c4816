using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KetamineInfo.Web.Caching;

/// <summary>Picks the response coding from Accept-Encoding: Brotli, then gzip, else none; q=0 means "not this".</summary>
internal static class ContentCoding
{
    public static string? Choose(StringValues acceptEncoding)
    {
        if (!StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings))
        {
            return null;
        }

        double Quality(string name) =>
            codings.Where(c => c.Value.Equals(name, StringComparison.OrdinalIgnoreCase) || c.Value.Equals("*", StringComparison.Ordinal))
                .Select(c => c.Quality ?? 1.0).DefaultIfEmpty(0).Max();

        return Quality("br") > 0 ? "br" : Quality("gzip") > 0 ? "gzip" : null;
    }
}
