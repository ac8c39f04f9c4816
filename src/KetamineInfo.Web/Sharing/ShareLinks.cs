namespace KetamineInfo.Web.Sharing;

/// <summary>The share, email and print controls for one page.</summary>
public sealed record ShareLinks(string Title, string Summary, string Url)
{
    public string Email => $"mailto:?subject={Uri.EscapeDataString(Title)}&body={Uri.EscapeDataString($"{Summary}\n\n{Url}")}";
}
