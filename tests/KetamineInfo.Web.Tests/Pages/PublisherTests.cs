using System.Text.Json;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KetamineInfo.Web.Tests.Pages;

/// <summary>
/// Who stands behind the site comes from site.yml and is never made up: unnamed, every page's footer says so and
/// the JSON-LD names no organisation; named, the footer gives the publisher, its funding and a contact that
/// reaches a person, and search engines see the same organisation.
/// </summary>
public sealed class PublisherTests : IDisposable
{
    private readonly ContentCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/first-article")]
    [InlineData("/about")]
    public async Task Unnamed_EveryFooterSaysNoPublisherIsNamed_AndTheJsonLdNamesNone(string path)
    {
        using var site = Site();

        var page = await site.CreateClient().GetDocumentAsync(path);

        var footer = page.QuerySelector("footer .publisher")!;
        Assert.Equal("No publisher has been named for this site yet, so there is no organisation or person to contact about these pages.", footer.TextContent.Trim());
        Assert.All(page.QuerySelectorAll("script[type='application/ld+json']"), s => Assert.False(JsonDocument.Parse(s.TextContent).RootElement.TryGetProperty("publisher", out _)));
    }

    [Fact]
    public async Task Named_TheFooterAndTheJsonLdShowThePublisher_AndItsContactIsALink()
    {
        _content.Write("site.yml", _content.Read("site.yml") + """

            publisher:
              name: Example Health Charity
              funding: Paid for by the charity's own funds.
              contact: editors@example.org
              privacy_contact: https://example.org/privacy

            """);
        using var site = Site();

        var page = await site.CreateClient().GetDocumentAsync("/articles/first-article");

        var footer = page.QuerySelector("footer .publisher")!;
        Assert.StartsWith("Published by Example Health Charity. Paid for by the charity's own funds.", System.Text.RegularExpressions.Regex.Replace(footer.TextContent, @"\s+", " ").Trim(), StringComparison.Ordinal);
        Assert.Equal(["mailto:editors@example.org", "https://example.org/privacy"], footer.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var medicalPage = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(j => j.GetProperty("@type").GetString() == "MedicalWebPage");
        Assert.Equal("Example Health Charity", medicalPage.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("editors@example.org", medicalPage.GetProperty("publisher").GetProperty("email").GetString());
    }

    [Fact]
    public async Task AContactThatIsNotAnAddress_IsAnErrorInCheck()
    {
        _content.Write("site.yml", _content.Read("site.yml") + "\npublisher:\n  name: X\n  contact: javascript:alert(1)\n");

        var (exit, output) = await AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = _content.Root }, "check");

        Assert.Equal(1, exit);
        Assert.Contains("error KI0114: 'publisher.contact' must be an email address (name@example.org) or an https:// address", output, StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> Site() =>
        new SiteFactory().WithWebHostBuilder(b => b.UseSetting("Content:Path", _content.Root));
}
