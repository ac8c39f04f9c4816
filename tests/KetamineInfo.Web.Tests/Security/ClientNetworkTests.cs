using System.Net;
using KetamineInfo.Web.Connections;

namespace KetamineInfo.Web.Tests.Security;

/// <summary>What connection caps and rate limits count as one client: a network, not an address.</summary>
public sealed class ClientNetworkTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.0/24")]
    [InlineData("203.0.113.250", "203.0.113.0/24")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.0/24")] // how a dual-stack socket sees an IPv4 client
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("::1", "::/64")]
    public void AnAddress_CountsAsItsNetwork(string address, string network) =>
        Assert.Equal(IPNetwork.Parse(network), ClientNetwork.Of(IPAddress.Parse(address)));

    [Fact]
    public void NeighbouringNetworks_AreApart()
    {
        Assert.NotEqual(ClientNetwork.Of(IPAddress.Parse("203.0.113.7")), ClientNetwork.Of(IPAddress.Parse("203.0.114.7")));
        Assert.NotEqual(ClientNetwork.Of(IPAddress.Parse("2001:db8:1:2::1")), ClientNetwork.Of(IPAddress.Parse("2001:db8:1:3::1")));
    }
}
