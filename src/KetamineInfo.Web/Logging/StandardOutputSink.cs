using System.Text;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace KetamineInfo.Web.Logging;

/// <summary>
/// Writes log events to standard output in batches, through Serilog's own batching (a bounded channel read by
/// one background loop): one buffered write per batch instead of one write, flush and wake-up per event. On a
/// busy site that is one system call for hundreds of request lines, which took the request log's cost on a
/// cached article from about 15% of the requests per second to about 7% (docs/benchmarks.md). When standard
/// output cannot keep up, events beyond <see cref="QueueLimit"/> are dropped rather than held in memory or
/// made to slow a reader's request.
/// </summary>
internal sealed class StandardOutputSink(ITextFormatter formatter) : IBatchedLogEventSink, IDisposable
{
    public const int QueueLimit = 100_000;

    private readonly StreamWriter _output = new(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024);

    /// <summary>A quiet site's lines appear within a fifth of a second; a busy site's in batches of up to 1,000.</summary>
    public static BatchingOptions Batching => new()
    {
        BatchSizeLimit = 1_000,
        BufferingTimeLimit = TimeSpan.FromMilliseconds(200),
        EagerlyEmitFirstEvent = true,
        QueueLimit = QueueLimit,
    };

    public async Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        foreach (var logEvent in batch)
        {
            formatter.Format(logEvent, _output);
        }

        await _output.FlushAsync();
    }

    public void Dispose() => _output.Dispose();
}
