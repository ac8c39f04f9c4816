using System.Globalization;
using KetamineInfo.Content.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KetamineInfo.Content.Yaml;

/// <summary>
/// Reads typed values from one YAML mapping, reporting missing keys, wrong types and unknown keys
/// as diagnostics at the line and column where they stand.
/// </summary>
/// <param name="indexed">The keys as another reader of this mapping indexed them (see <see cref="ReportingTo"/>): not indexed, and reported, twice.</param>
internal sealed class YamlMappingReader(YamlMappingNode mapping, DiagnosticBag bag, int lineOffset, Dictionary<string, (YamlScalarNode Key, YamlNode Value)>? indexed = null)
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = indexed ?? Index(mapping, bag, lineOffset);

    public int LineOffset => lineOffset;

    /// <summary>
    /// A reader of the same mapping whose problems go to <paramref name="other"/> from now on. The keys are not indexed
    /// again, so what indexing reported (a key given twice) is not reported twice.
    /// </summary>
    public YamlMappingReader ReportingTo(DiagnosticBag other) => new(mapping, other, lineOffset, _entries);

    public int Line => ToLine(mapping);

    public int Column => ToColumn(mapping);

    public static YamlMappingReader? For(YamlNode? node, DiagnosticBag bag, int lineOffset, string what)
    {
        if (node is YamlMappingNode map)
        {
            return new YamlMappingReader(map, bag, lineOffset);
        }

        if (node is null && bag.HasErrors)
        {
            return null; // the YAML itself failed, and that is already reported
        }

        var (line, column) = node is null ? (lineOffset + 1, 1) : ((int)node.Start.Line + lineOffset, (int)node.Start.Column);
        bag.Add(DiagnosticCodes.WrongType, line, column, $"{what} must be a set of 'key: value' lines");
        return null;
    }

    public void RejectUnknownKeys(IReadOnlyCollection<string> allowed, string what)
    {
        foreach (var (name, (key, _)) in _entries)
        {
            if (!allowed.Contains(name))
            {
                var hint = Suggest.Closest(name, allowed, bag);
                bag.Add(DiagnosticCodes.UnknownKey, ToLine(key), ToColumn(key),
                    $"unknown {what} key '{name}'" + (hint is null ? $" (allowed: {string.Join(", ", allowed)})" : $" (did you mean '{hint}'?)"));
            }
        }
    }

    /// <summary>The entries in file order, for mappings whose keys are data (reference keys, say).</summary>
    public IEnumerable<(string Name, int Line, int Column, YamlNode Value)> Entries =>
        _entries.Select(e => (e.Key, ToLine(e.Value.Key), ToColumn(e.Value.Key), e.Value.Value));

    public YamlNode? Node(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public string? String(string key, bool required = false, int maxLength = 2000)
    {
        if (!TryScalar(key, required, "text", out var scalar))
        {
            return null;
        }

        var value = scalar.Value!.Trim();
        if (value.Length > maxLength)
        {
            bag.Add(DiagnosticCodes.ValueOutOfRange, ToLine(scalar), ToColumn(scalar), $"'{key}' is {value.Length} characters long; the limit is {maxLength}");
        }

        return value;
    }

    public int? Int(string key, bool required = false, int min = int.MinValue, int max = int.MaxValue)
    {
        if (!TryScalar(key, required, "a whole number", out var scalar))
        {
            return null;
        }

        if (int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        bag.Add(DiagnosticCodes.WrongType, ToLine(scalar), ToColumn(scalar), $"'{key}' must be a whole number from {min} to {max}, not '{scalar.Value}'");
        return null;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        if (!TryScalar(key, required, "a date", out var scalar))
        {
            return null;
        }

        if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        bag.Add(DiagnosticCodes.WrongType, ToLine(scalar), ToColumn(scalar), $"'{key}' must be a date written like 2026-11-25, not '{scalar.Value}'");
        return null;
    }

    /// <summary>One of a fixed set of words (<c>kind: clinical</c>), matched without regard to case.</summary>
    public T? Choice<T>(string key, bool required = false)
        where T : struct, Enum
    {
        if (!TryScalar(key, required, "a word", out var scalar))
        {
            return null;
        }

        if (Enum.TryParse<T>(scalar.Value, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsDigit(scalar.Value![0]))
        {
            return value;
        }

        var allowed = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToList();
        var hint = Suggest.Closest(scalar.Value ?? string.Empty, allowed, bag);
        bag.Add(DiagnosticCodes.WrongType, ToLine(scalar), ToColumn(scalar),
            $"'{key}' must be one of {string.Join(", ", allowed)}, not '{scalar.Value}'" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"));
        return null;
    }

    /// <summary>Where a key stands, for problems found after reading (line 0 when it is absent).</summary>
    public (int Line, int Column) PositionOf(string key) =>
        _entries.TryGetValue(key, out var entry) ? (ToLine(entry.Key), ToColumn(entry.Key)) : (0, 0);

    public bool? Bool(string key)
    {
        if (!TryScalar(key, required: false, "true or false", out var scalar))
        {
            return null;
        }

        if (bool.TryParse(scalar.Value, out var value))
        {
            return value;
        }

        bag.Add(DiagnosticCodes.WrongType, ToLine(scalar), ToColumn(scalar), $"'{key}' must be true or false, not '{scalar.Value}'");
        return null;
    }

    /// <summary>A list of strings; a single scalar counts as a one-item list.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        switch (Node(key))
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return IsNull(scalar) ? [] : [scalar.Value!.Trim()];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
                    {
                        items.Add(text.Trim());
                    }
                    else
                    {
                        bag.Add(DiagnosticCodes.WrongType, ToLine(item), ToColumn(item), $"every item of '{key}' must be plain text");
                    }
                }

                return items.AsReadOnly();
            case var other:
                bag.Add(DiagnosticCodes.WrongType, ToLine(other), ToColumn(other), $"'{key}' must be a list like [a, b]");
                return [];
        }
    }

    private bool TryScalar(string key, bool required, string expected, out YamlScalarNode scalar)
    {
        scalar = null!;
        var node = Node(key);
        if (node is YamlScalarNode s && !IsNull(s))
        {
            scalar = s;
            return true;
        }

        if (node is not null and not YamlScalarNode)
        {
            bag.Add(DiagnosticCodes.WrongType, ToLine(node), ToColumn(node), $"'{key}' must be {expected}, not a list or nested block");
        }
        else if (required)
        {
            var (line, column) = node is null ? (Line, Column) : (ToLine(node), ToColumn(node));
            bag.Add(DiagnosticCodes.MissingKey, line, column, $"'{key}' is required and must not be empty");
        }

        return false;
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private int ToLine(YamlNode node) => (int)node.Start.Line + lineOffset;

    private static int ToColumn(YamlNode node) => (int)node.Start.Column;

    private static Dictionary<string, (YamlScalarNode, YamlNode)> Index(YamlMappingNode map, DiagnosticBag bag, int lineOffset)
    {
        var entries = new Dictionary<string, (YamlScalarNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } scalarKey)
            {
                bag.Add(DiagnosticCodes.WrongType, (int)key.Start.Line + lineOffset, ToColumn(key), "keys must be plain words");
            }
            else if (!entries.TryAdd(name, (scalarKey, value)))
            {
                bag.Add(DiagnosticCodes.UnknownKey, (int)key.Start.Line + lineOffset, ToColumn(key), $"'{name}' is given twice");
            }
        }

        return entries;
    }
}
