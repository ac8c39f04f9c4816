using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KetamineInfo.Content.Tests.Support;

internal static class Html
{
    private static readonly HtmlParser Parser = new();

    /// <summary>A rendered body fragment as a DOM, to assert on nodes rather than substrings.</summary>
    public static IDocument Parse(string fragment) => Parser.ParseDocument($"<!DOCTYPE html><html><body>{fragment}</body></html>");
}
