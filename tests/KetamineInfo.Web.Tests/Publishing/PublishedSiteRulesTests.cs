using KetamineInfo.Content.Loading;
using KetamineInfo.Content.Model;
using KetamineInfo.Tests.Shared;
using KetamineInfo.Web.Publishing;
using KetamineInfo.Web.Tests.Support;
using Microsoft.Extensions.FileProviders;

namespace KetamineInfo.Web.Tests.Publishing;

/// <summary>
/// <see cref="PublishedSite"/> as the pure function it is: one content snapshot in, the site readers get out,
/// with no host, no HTTP and no clock beyond the snapshot's own. The tests over HTTP (<see cref="PublishedSiteTests"/>)
/// show every list on the site reads this one object; these show what the object decides.
/// </summary>
public sealed class PublishedSiteRulesTests
{
    private static readonly ContentSnapshot Fixture =
        new ContentLoader(new PhysicalFileProvider(SiteFactory.FixtureContentPath), new FixedDateClock()).Load();

    [Fact]
    public void ThePublicSite_LeavesTheDraftOut_OfArticlesRoutesAndRedirects()
    {
        var site = PublishedSite.Of(Fixture, draftsServed: false);

        Assert.Equal(["first-article", "second-article"], site.Articles.Select(a => a.Slug));
        Assert.Null(site.Route(SitePaths.Article("draft-article")));
        Assert.Null(site.FindArticle("draft-article"));
        Assert.Equal(SitePaths.Article("second-article"), site.Redirects[SitePaths.Article("old-second")]);
    }

    [Fact]
    public void APreview_ServesTheDraft_ButNeverAnnouncesIt()
    {
        var site = PublishedSite.Of(Fixture, draftsServed: true);

        Assert.Contains("draft-article", site.Articles.Select(a => a.Slug));
        Assert.True(site.Route(SitePaths.Article("draft-article"))!.IsDraft);
        Assert.DoesNotContain("draft-article", site.AnnouncedArticles.Select(a => a.Slug));
    }

    [Fact]
    public void EveryRoute_IsUnique_AndOnlySearchIsNeverStored()
    {
        var site = PublishedSite.Of(Fixture, draftsServed: false);

        Assert.Equal(site.Routes.Count, site.Routes.Select(r => r.Path).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(SitePaths.Home, site.Routes[0].Path);
        Assert.Equal([SitePaths.Search], site.Routes.Where(r => r.Cache == CachePolicy.NotStored).Select(r => r.Path));
        Assert.All(site.Pages, page => Assert.Equal(RouteKind.Page, site.Route(SitePaths.Page(page.Slug))!.Kind));
    }

    [Theory]
    [InlineData("/GLOSSARY", "/glossary")]
    [InlineData("/articles/First-Article/", "/articles/first-article")]
    [InlineData("/glossary", null)]               // already canonical
    [InlineData("/articles/no-such-page/", null)] // not an address of this site: never a redirect target
    public void CanonicalFor_MapsCaseAndSlashVariants_OnlyToAddressesOfThisSite(string path, string? canonical) =>
        Assert.Equal(canonical, PublishedSite.Of(Fixture, draftsServed: false).CanonicalFor(path));

    [Fact]
    public void TheSameSnapshot_GivesTheSameSite()
    {
        var once = PublishedSite.Of(Fixture, draftsServed: false);
        var again = PublishedSite.Of(Fixture, draftsServed: false);

        Assert.Equal(once.Routes, again.Routes);
        Assert.Equal(once.Redirects, again.Redirects);
        Assert.Equal(once.Changes, again.Changes);
    }
}
