using System.Text.Encodings.Web;
using KetamineInfo.Content.Markdown;
using KetamineInfo.Content.Model;
using Microsoft.AspNetCore.Html;

namespace KetamineInfo.Web.Publishing;

/// <summary>
/// The words around every page, from the request's snapshot (content/strings/en.yml, or strings/es.yml under /es):
/// <c>T["page.not_reviewed"]</c> in a view. Words with a link or a date inside come from <see cref="Html"/>, so the sentence
/// stays the editors' and only the filled-in part is markup. <see cref="Language"/> is the page's, for its dates and
/// its <c>lang</c>.
/// </summary>
public sealed class Chrome(SiteStrings strings, string language = "en")
{
    /// <summary>The page's language: <c>en</c>, or <c>es</c> under <c>/es</c>.</summary>
    public string Language => language;

    /// <summary>A date in the page's language ("5 December 2026", "5 de diciembre de 2026").</summary>
    public string Date(DateOnly date) => Dates.InWords(date, language);

    /// <summary>A month in the page's language ("December 2026", "diciembre de 2026").</summary>
    public string MonthYear(DateOnly date) => Dates.MonthYear(date, language);

    public string this[string key] => strings[key];

    /// <summary>The words the page scripts write, as JSON for a data block (made once per content snapshot).</summary>
    public string ScriptWordsJson => strings.ScriptWordsJson;

    public string Format(string key, params (string Name, string Value)[] fills) => strings.Format(key, fills);

    /// <summary>The words, HTML-encoded, with each <c>{name}</c> replaced by its (already safe) fragment.</summary>
    public IHtmlContent Html(string key, params (string Name, IHtmlContent Value)[] fills)
    {
        var text = strings[key];
        var builder = new HtmlContentBuilder();
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('{', at);
            var close = open < 0 ? -1 : text.IndexOf('}', open);
            var fill = close < 0 ? default : fills.FirstOrDefault(f => f.Name == text[(open + 1)..close]);
            if (fill.Value is null)
            {
                // No (known) placeholder from here on, or a brace that is just a brace.
                var end = open < 0 ? text.Length : open + 1;
                builder.Append(text[at..end]);
                at = end;
                continue;
            }

            builder.Append(text[at..open]);
            builder.AppendHtml(fill.Value);
            at = close + 1;
        }

        return builder;
    }

    /// <summary>A section heading readers can link to, shaped as every other (<see cref="SectionHeadingMarkup"/>).</summary>
    public IHtmlContent SectionHeading(string id, string text) =>
        new HtmlString(SectionHeadingMarkup.Of(id, text, strings.Format("page.section_link", ("section", text))));

    /// <summary>A link, encoded: for a placeholder.</summary>
    public static IHtmlContent Link(string href, string text) =>
        new HtmlString($"<a href=\"{HtmlEncoder.Default.Encode(href)}\">{HtmlEncoder.Default.Encode(text)}</a>");

    /// <summary>A link to a page in another language, saying which (<c>hreflang</c>).</summary>
    public static IHtmlContent Link(string href, string text, string hreflang) =>
        new HtmlString($"<a href=\"{HtmlEncoder.Default.Encode(href)}\" hreflang=\"{HtmlEncoder.Default.Encode(hreflang)}\">{HtmlEncoder.Default.Encode(text)}</a>");

    /// <summary>A date a machine can read, with the words a reader reads: for a placeholder.</summary>
    public static IHtmlContent Time(string datetime, string text) =>
        new HtmlString($"<time datetime=\"{HtmlEncoder.Default.Encode(datetime)}\">{HtmlEncoder.Default.Encode(text)}</time>");
}
