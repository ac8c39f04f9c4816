namespace KetamineInfo.Web.Export;

/// <param name="FromPageCache">Pages whose .br and .gz copies came from the page cache that served them, not from two more requests.</param>
public sealed record ExportSummary(int Pages, int Files, long Bytes, int FromPageCache);
