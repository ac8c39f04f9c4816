using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KetamineInfo.Web.Tests.Support;

/// <summary>
/// A keep-alive HTTP/1.1 connection over a plain socket, from a chosen local address: Linux routes all of
/// 127.0.0.0/8 to loopback, so a test can be many clients on many networks (127.1.0.1, 127.2.0.1, …).
/// </summary>
public sealed class RawConnection : IDisposable
{
    private readonly Socket _socket;

    private RawConnection(Socket socket) => _socket = socket;

    /// <summary>Connects from <paramref name="from"/> to the server's port on 127.0.0.1, or null when the connect itself fails.</summary>
    public static async Task<RawConnection?> TryOpenAsync(string from, Uri server)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(IPAddress.Parse(from), 0));
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, server.Port));
            return new RawConnection(socket);
        }
        catch (SocketException)
        {
            socket.Dispose();
            return null;
        }
    }

    /// <summary>
    /// Sends a keep-alive GET (with <paramref name="headers"/>, each line ending in CRLF) and reads the whole response (so the next one starts clean), returning its status,
    /// or null when the server has closed the connection.
    /// </summary>
    public async Task<int?> TryStatusAsync(string path, string headers = "")
    {
        try
        {
            await _socket.SendAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: localhost\r\n{headers}\r\n"));
            var received = new StringBuilder();
            var buffer = new byte[16 * 1024];
            while (!IsComplete(received.ToString()))
            {
                var read = await _socket.ReceiveAsync(buffer.AsMemory()).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
                if (read == 0)
                {
                    return null;
                }

                received.Append(Encoding.Latin1.GetString(buffer, 0, read));
            }

            return int.Parse(received.ToString(9, 3), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SocketException)
        {
            return null;
        }
    }

    // A response ends after its Content-Length bytes, or at the last chunk (the tests' pages are small).
    private static bool IsComplete(string response)
    {
        var headersEnd = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (headersEnd < 0)
        {
            return false;
        }

        var head = response[..headersEnd];
        var length = System.Text.RegularExpressions.Regex.Match(head, @"(?im)^content-length:\s*(\d+)");
        return length.Success
            ? response.Length - headersEnd - 4 >= int.Parse(length.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : !head.Contains("chunked", StringComparison.OrdinalIgnoreCase) || response.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal);
    }

    /// <summary>The status of a GET on a new connection from <paramref name="from"/>, or null when the server cut it off.</summary>
    public static async Task<int?> TryGetAsync(string from, Uri server, string path, string headers = "")
    {
        using var connection = await TryOpenAsync(from, server);
        return connection is null ? null : await connection.TryStatusAsync(path, headers);
    }

    public void Dispose() => _socket.Dispose();
}
