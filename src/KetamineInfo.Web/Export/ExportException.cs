namespace KetamineInfo.Web.Export;

/// <summary>A reason the export cannot finish; the message is for the person running it.</summary>
public sealed class ExportException(string message) : Exception(message);
