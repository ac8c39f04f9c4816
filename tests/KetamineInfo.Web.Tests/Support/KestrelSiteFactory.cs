namespace KetamineInfo.Web.Tests.Support;

/// <summary>The app on a real loopback port (Kestrel), for what the in-memory server cannot show.</summary>
public sealed class KestrelSiteFactory : SiteFactory
{
    public KestrelSiteFactory()
    {
        UseKestrel(0);
        StartServer();
    }
}
