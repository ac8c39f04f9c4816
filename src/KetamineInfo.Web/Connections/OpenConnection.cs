using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;

namespace KetamineInfo.Web.Connections;

/// <summary>
/// One connection the <see cref="ConnectionGate"/> admitted: whether a request is in flight, and
/// since when it has been idle (a keep-alive between requests, or a connection that has sent nothing yet).
/// </summary>
internal sealed class OpenConnection(ConnectionContext connection, TimeProvider clock)
{
    private const int Open = 0;
    private const int Closing = 1;
    private const int Ended = 2;

    private readonly TimeProvider _clock = clock;
    private int _requests;
    private long _idleSince = clock.GetTimestamp();
    private int _state; // Open, Closing (asked to close), Ended

    public bool IsIdle => Volatile.Read(ref _requests) == 0 && Volatile.Read(ref _state) == Open;

    public long IdleSince => Volatile.Read(ref _idleSince);

    public void RequestStarted() => Interlocked.Increment(ref _requests);

    public void RequestEnded()
    {
        Volatile.Write(ref _idleSince, _clock.GetTimestamp());
        Interlocked.Decrement(ref _requests);
    }

    /// <summary>
    /// Asks Kestrel to close the connection as HTTP allows: at once if it is waiting for a request, after the
    /// response if one has just arrived. False if someone already asked, or the connection has ended.
    /// </summary>
    public bool TryClose()
    {
        if (Interlocked.CompareExchange(ref _state, Closing, Open) != Open)
        {
            return false;
        }

        if (connection.Features.Get<IConnectionLifetimeNotificationFeature>() is { } lifetime)
        {
            lifetime.RequestClose();
        }
        else
        {
            connection.Abort(new ConnectionAbortedException("Closed to make room for a new connection"));
        }

        return true;
    }

    /// <summary>Marks the connection ended; true if it had been asked to close (and so was counted as closing).</summary>
    public bool End() => Interlocked.Exchange(ref _state, Ended) == Closing;
}
