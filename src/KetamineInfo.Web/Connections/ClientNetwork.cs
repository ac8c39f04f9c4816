using System.Net;
using System.Net.Sockets;

namespace KetamineInfo.Web.Connections;

/// <summary>
/// The network a client address belongs to, which is what connection caps and rate limits count: an IPv4
/// /24 or an IPv6 /64 (one home, office or server gets a whole /64; a host may take any address in it, so
/// counting single IPv6 addresses counts nothing). An IPv4-mapped IPv6 address (::ffff:a.b.c.d, how a
/// dual-stack socket sees an IPv4 client) is the IPv4 address.
/// </summary>
internal static class ClientNetwork
{
    public const int IPv4PrefixLength = 24;
    public const int IPv6PrefixLength = 64;

    public static IPNetwork Of(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var prefix = address.AddressFamily == AddressFamily.InterNetwork ? IPv4PrefixLength : IPv6PrefixLength;
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var length);
        bytes = bytes[..length];
        bytes[(prefix / 8)..].Clear();
        return new IPNetwork(new IPAddress(bytes), prefix);
    }
}
