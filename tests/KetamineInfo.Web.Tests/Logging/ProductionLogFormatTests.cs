using System.Text.Json;
using KetamineInfo.Web.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace KetamineInfo.Web.Tests.Logging;

/// <summary>
/// Production's log lines through a real Serilog logger and the real format: a request line keeps method, path,
/// status and time in under 100 bytes (it was 360); a failure keeps its level, exception and source.
/// </summary>
public sealed class ProductionLogFormatTests
{
    [Fact]
    public void RequestLine_IsTimeAndMessageOnly_UnderAHundredBytes()
    {
        var line = Format(log => log.ForContext(Constants.SourceContextPropertyName, "Serilog.AspNetCore.RequestLoggingMiddleware")
            .Information(ProductionLogFormat.RequestMessage, "GET", "/articles/what-is-ketamine", 200, 0.1494));

        using var json = JsonDocument.Parse(line);
        Assert.Equal(["@t", "@m"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("GET /articles/what-is-ketamine 200 0.1 ms", json.RootElement.GetProperty("@m").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", json.RootElement.GetProperty("@t").GetString());
        Assert.True(line.Length < 100, $"{line.Length} bytes: {line}");
    }

    [Fact]
    public void Failure_KeepsItsLevel_Exception_Source_AndProperties()
    {
        var line = Format(log => log.ForContext(Constants.SourceContextPropertyName, "KetamineInfo.Web.Feedback.FeedbackWriter")
            .Error(new IOException("disk full"), "Feedback could not be stored for {Article}", "first-article"));

        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("Error", root.GetProperty("@l").GetString());
        Assert.Contains("System.IO.IOException: disk full", root.GetProperty("@x").GetString(), StringComparison.Ordinal);
        Assert.Equal("KetamineInfo.Web.Feedback.FeedbackWriter", root.GetProperty("SourceContext").GetString());
        Assert.Equal("first-article", root.GetProperty("Article").GetString());
    }

    private static string Format(Action<ILogger> write)
    {
        var sink = new Collect();
        using (var logger = new LoggerConfiguration().WriteTo.Sink(sink).CreateLogger())
        {
            write(logger);
        }

        using var text = new StringWriter();
        ProductionLogFormat.Create().Format(Assert.Single(sink.Events), text);
        return text.ToString().TrimEnd('\n');
    }

    private sealed class Collect : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }
}
