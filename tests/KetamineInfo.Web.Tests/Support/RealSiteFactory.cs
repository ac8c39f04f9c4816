namespace KetamineInfo.Web.Tests.Support;

/// <summary>The real app over the repository's shipped content/, in Production.</summary>
public sealed class RealSiteFactory : SiteFactory
{
    public RealSiteFactory()
        : base(Repository.ContentPath, "Production")
    {
    }
}
