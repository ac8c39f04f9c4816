using Serilog.Formatting;
using Serilog.Templates;

namespace KetamineInfo.Web.Logging;

/// <summary>
/// Production's log: one JSON object per line, as small as it can be while a machine still reads it. A request
/// line was 360 bytes in Serilog's rendered compact JSON (the message, then each of its properties again, event
/// and trace ids, the logger's name); here it is the time and the message alone, about 90 bytes. The level is
/// written when it is not Information, the exception when there is one, and the properties the message does not
/// already carry; the logger's name only above Information, where it says which part of the site is in trouble.
/// </summary>
internal static class ProductionLogFormat
{
    // Which log events carry the request line (UseSerilogRequestLogging's message): method, path, status, time.
    public const string RequestMessage = "{RequestMethod:l} {RequestPath:l} {StatusCode} {Elapsed:0.0} ms";

    // rest() is every property; the request line's own four are dropped after it (an undefined member is left out),
    // since the message already says them.
    public static ITextFormatter Create() => new ExpressionTemplate(
        "{ {@t: ToString(UtcDateTime(@t), 'yyyy-MM-ddTHH:mm:ss.fffZ'), " +
        "@l: if @l = 'Information' then undefined() else @l, " +
        "@m, @x, ..rest(), " +
        "RequestMethod: undefined(), RequestPath: undefined(), StatusCode: undefined(), Elapsed: undefined(), " +
        "SourceContext: if @l = 'Information' then undefined() else SourceContext} }\n");
}
