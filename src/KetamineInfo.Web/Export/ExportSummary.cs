namespace KetamineInfo.Web.Export;

public sealed record ExportSummary(int Pages, int Files, long Bytes);
