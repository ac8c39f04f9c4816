using KetamineInfo.Content.Model;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// A renderer that writes words of the site's own (a box's label, a certainty badge) into a body: it takes them from
/// strings/en.yml, set on it for each render (see <c>BodyRenderer</c>), so editors own those words too.
/// </summary>
internal interface IUsesSiteStrings
{
    SiteStrings Strings { set; }
}
