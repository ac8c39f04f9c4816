namespace KetamineInfo.Web.Connections;

/// <summary>
/// Connection settings of section <c>Server</c>. Kestrel's own limits (Kestrel:Limits in appsettings.json)
/// bound the total and the time a slow client may take; <see cref="ConnectionGate"/> keeps one network from
/// using up that total and, near it, closes idle connections so a new reader gets in.
/// </summary>
public sealed class ServerOptions
{
    public const string Section = "Server";

    /// <summary>
    /// How many connections one client network (<see cref="ClientNetwork"/>: an IPv4 /24 or IPv6 /64) may hold
    /// open at once; 0 = no cap. The name is kept from when it counted single addresses, so existing settings
    /// (<c>Server__MaxConnectionsPerClient=0</c> behind a proxy) keep their meaning.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(0, 1_000_000, ErrorMessage = "must be from {1} (no cap) to {2}")]
    public int MaxConnectionsPerClient { get; set; } = 256;

    /// <summary>Stored pages are answered on the socket's I/O thread; all other work on the thread pool (<see cref="InlineIo"/>).</summary>
    public bool InlineIo { get; set; } = true;
}
