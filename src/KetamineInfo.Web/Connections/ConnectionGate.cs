using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Connections;
using ForwardedHeadersOptions = Microsoft.AspNetCore.Builder.ForwardedHeadersOptions;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Connections;

/// <summary>
/// Every connection passes here first. Two rules keep readers first during a flood (issue 28):
/// <list type="number">
/// <item>One client network (<see cref="ClientNetwork"/>) holds at most <see cref="ServerOptions.MaxConnectionsPerClient"/>
/// connections; past that its new connections are closed at once.</item>
/// <item>Near Kestrel's total (<c>Kestrel:Limits:MaxConcurrentConnections</c>), a new connection is let in by
/// closing the connections that have been idle longest. Kestrel refuses everything past its total, readers
/// included, so the last twentieth of it is kept free this way; only when every connection has a request
/// in flight is a new one refused.</item>
/// </list>
/// A cap per network alone cannot do this: twenty networks of 250 filled 4,000, and an IPv6 /48 is 65,536
/// networks. An idle keep-alive connection costs its owner nothing to reopen when it next needs one.
/// Refusals are counted and logged once a minute (<see cref="ConnectionReport"/>), never a line each.
/// </summary>
internal sealed class ConnectionGate
{
    private readonly ConcurrentDictionary<IPNetwork, int> _perNetwork = new();
    private readonly ConcurrentDictionary<string, OpenConnection> _open = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly ConnectionReport _report;
    private readonly int _perNetworkLimit;
    private readonly long _closeIdleAbove;
    private readonly int _closeAtOnce;
    private long _count;
    private long _closing;

    private readonly ForwardedHeadersOptions _forwarded;

    public ConnectionGate(IOptions<ServerOptions> server, IOptions<KestrelServerOptions> kestrel, IOptions<ForwardedHeadersOptions> forwarded, TimeProvider clock, ConnectionReport report)
    {
        _forwarded = forwarded.Value;
        _clock = clock;
        _report = report;
        _perNetworkLimit = server.Value.MaxConnectionsPerClient;
        if (kestrel.Value.Limits.MaxConcurrentConnections is { } total)
        {
            var reserve = Math.Max(1, total / 20);
            _closeIdleAbove = total - reserve;
            // Closing a few at once spares a scan of every connection for each newcomer during a flood.
            _closeAtOnce = (int)Math.Max(1, reserve / 4);
        }
        else
        {
            _closeIdleAbove = long.MaxValue;
            _closeAtOnce = 1;
        }
    }

    public async Task OnConnectedAsync(ConnectionContext connection, ConnectionDelegate next)
    {
        if (connection.RemoteEndPoint is not IPEndPoint { Address: var address })
        {
            await next(connection); // not a network socket (a test's in-memory transport)
            return;
        }

        var network = ClientNetwork.Of(address);
        // A named proxy's connections carry many readers (limited by the proxy, and by rate limits on their own addresses).
        if (_perNetwork.AddOrUpdate(network, 1, (_, n) => n + 1) > _perNetworkLimit && _perNetworkLimit > 0 && !_forwarded.IsTrustedProxy(address))
        {
            ReleaseNetwork(network);
            _report.RefusedOverNetworkShare();
            connection.Abort(new ConnectionAbortedException("Too many connections from one network"));
            return;
        }

        var open = new OpenConnection(connection, _clock);
        _open[connection.ConnectionId] = open;
        var count = Interlocked.Increment(ref _count);
        try
        {
            if (count - Interlocked.Read(ref _closing) > _closeIdleAbove && !CloseLongestIdle(except: open))
            {
                _report.RefusedAllBusy();
                connection.Abort(new ConnectionAbortedException("Every connection is busy"));
                return;
            }

            connection.Features.Set(open);
            await next(connection);
        }
        finally
        {
            _open.TryRemove(connection.ConnectionId, out _);
            if (open.End())
            {
                Interlocked.Decrement(ref _closing);
            }

            Interlocked.Decrement(ref _count);
            ReleaseNetwork(network);
        }
    }

    /// <summary>
    /// Closes the <see cref="_closeAtOnce"/> connections idle longest: one pass over the open connections,
    /// keeping the oldest in a heap of that size. False when none is idle.
    /// </summary>
    private bool CloseLongestIdle(OpenConnection except)
    {
        var oldest = new PriorityQueue<OpenConnection, long>(_closeAtOnce);
        foreach (var (_, candidate) in _open)
        {
            if (ReferenceEquals(candidate, except) || !candidate.IsIdle)
            {
                continue;
            }

            // The heap's top is the youngest of those kept (priority = -idle since), so an older one replaces it.
            var since = candidate.IdleSince;
            if (oldest.Count < _closeAtOnce)
            {
                oldest.Enqueue(candidate, -since);
            }
            else if (oldest.TryPeek(out _, out var youngest) && since < -youngest)
            {
                oldest.EnqueueDequeue(candidate, -since);
            }
        }

        var closed = 0;
        while (oldest.TryDequeue(out var idle, out _))
        {
            if (idle.TryClose())
            {
                Interlocked.Increment(ref _closing);
                closed++;
            }
        }

        _report.ClosedIdle(closed);
        return closed > 0;
    }

    // Remove the entry at zero, so a scan of many networks cannot grow the table for ever.
    private void ReleaseNetwork(IPNetwork network)
    {
        if (_perNetwork.AddOrUpdate(network, 0, (_, n) => n - 1) <= 0)
        {
            _perNetwork.TryRemove(new KeyValuePair<IPNetwork, int>(network, 0));
        }
    }
}
