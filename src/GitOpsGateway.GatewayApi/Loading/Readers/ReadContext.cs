using System.Globalization;
using GitOpsGateway.GatewayApi.Loading.Yaml;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

/// <summary>
/// Reads typed values out of one object's node tree. Every mismatch becomes a located error and a null
/// result; nothing throws, so one bad field never hides the others.
/// </summary>
internal sealed class ReadContext(string file, int documentIndex, string pathPrefix, List<LoadDiagnostic> diagnostics)
{
    public bool HasErrors { get; private set; }

    /// <summary>Set once the object's identity is known, so later diagnostics name it.</summary>
    public ResourceKey? Resource { get; set; }

    /// <summary>
    /// Set for a Secret: messages then describe a wrong value by its type only, never by its text, since any value
    /// of a Secret may be key material.
    /// </summary>
    public bool Sensitive { get; set; }

    public static string Field(string parent, string key) => parent.Length == 0 ? key : $"{parent}.{key}";

    public static string Item(string parent, int index) => $"{parent}[{index}]";

    public SourceLocation Locate(ManifestNode node) => new(file, documentIndex, node.Line, node.Column);

    public void Error(ManifestNode node, string path, string message)
    {
        HasErrors = true;
        diagnostics.Add(new LoadDiagnostic(DiagnosticSeverity.Error, Locate(node), Prefixed(path), message) { Resource = Resource });
    }

    public void Warning(ManifestNode node, string path, string message) =>
        diagnostics.Add(new LoadDiagnostic(DiagnosticSeverity.Warning, Locate(node), Prefixed(path), message) { Resource = Resource });

    public string? String(MappingNode map, string key, string path) =>
        map.Get(key) is { } node ? AsString(node, Field(path, key)) : null;

    public string RequiredString(MappingNode map, string key, string path)
    {
        if (map.Get(key) is { } node)
        {
            return AsString(node, Field(path, key)) ?? string.Empty;
        }

        Error(map, Field(path, key), "is required.");
        return string.Empty;
    }

    public int? Int(MappingNode map, string key, string path) =>
        map.Get(key) is { } node ? AsInt(node, Field(path, key)) : null;

    public int RequiredInt(MappingNode map, string key, string path)
    {
        if (map.Get(key) is { } node)
        {
            return AsInt(node, Field(path, key)) ?? 0;
        }

        Error(map, Field(path, key), "is required.");
        return 0;
    }

    public long? Long(MappingNode map, string key, string path) =>
        map.Get(key) is { } node ? AsLong(node, Field(path, key)) : null;

    public bool? Bool(MappingNode map, string key, string path) =>
        map.Get(key) is { } node ? AsBool(node, Field(path, key)) : null;

    public MappingNode? Mapping(MappingNode map, string key, string path) =>
        map.Get(key) is { } node ? AsMapping(node, Field(path, key)) : null;

    /// <summary>Reads a list; null when the key is absent, so callers can tell "omitted" from "empty".</summary>
    public List<T>? List<T>(MappingNode map, string key, string path, Func<ManifestNode, string, T?> readItem)
        where T : class
    {
        if (Sequence(map, key, path) is not { } sequence)
        {
            return null;
        }

        var items = new List<T>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (readItem(sequence.Items[i], Item(Field(path, key), i)) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    public List<string>? StringList(MappingNode map, string key, string path) => List(map, key, path, AsString);

    public List<int>? IntList(MappingNode map, string key, string path)
    {
        if (Sequence(map, key, path) is not { } sequence)
        {
            return null;
        }

        var values = new List<int>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (AsInt(sequence.Items[i], Item(Field(path, key), i)) is { } value)
            {
                values.Add(value);
            }
        }

        return values;
    }

    /// <summary>Reads a string-to-string object such as labels; a null value reads as "".</summary>
    public ValueMap? StringMap(MappingNode map, string key, string path)
    {
        if (map.Get(key) is not { } node)
        {
            return null;
        }

        var mapPath = Field(path, key);
        if (AsMapping(node, mapPath) is not { } mapping)
        {
            return null;
        }

        var entries = new List<KeyValuePair<string, string>>(mapping.Entries.Count);
        foreach (var (entryKey, value) in mapping.Entries)
        {
            var text = value is ScalarNode { IsNull: true } ? string.Empty : AsString(value, Field(mapPath, entryKey.Value));
            if (text is not null)
            {
                entries.Add(new(entryKey.Value, text));
            }
        }

        return ValueMap.From(entries);
    }

    public string? AsString(ManifestNode node, string path)
    {
        if (node is ScalarNode { IsNull: false } scalar)
        {
            return scalar.Value;
        }

        Error(node, path, $"must be a string, not {Describe(node)}.");
        return null;
    }

    public int? AsInt(ManifestNode node, string path)
    {
        if (node is ScalarNode { IsPlain: true } scalar
            && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node, path, $"must be a whole number, not {Describe(node)}.");
        return null;
    }

    public long? AsLong(ManifestNode node, string path)
    {
        if (node is ScalarNode { IsPlain: true } scalar
            && long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node, path, $"must be a whole number, not {Describe(node)}.");
        return null;
    }

    public bool? AsBool(ManifestNode node, string path)
    {
        if (node is ScalarNode { IsPlain: true } scalar)
        {
            switch (scalar.Value)
            {
                case "true" or "True" or "TRUE":
                    return true;
                case "false" or "False" or "FALSE":
                    return false;
            }
        }

        Error(node, path, $"must be true or false, not {Describe(node)}.");
        return null;
    }

    public MappingNode? AsMapping(ManifestNode node, string path)
    {
        if (node is MappingNode mapping)
        {
            return mapping;
        }

        Error(node, path, $"must be an object, not {Describe(node)}.");
        return null;
    }

    private SequenceNode? Sequence(MappingNode map, string key, string path)
    {
        if (map.Get(key) is not { } node)
        {
            return null;
        }

        if (node is SequenceNode sequence)
        {
            return sequence;
        }

        Error(node, Field(path, key), $"must be a list, not {Describe(node)}.");
        return null;
    }

    /// <summary>How a message may show a written value: quoted, or not at all for a <see cref="Sensitive"/> object.</summary>
    public string Quote(string text) => Sensitive ? "the value" : $"'{Excerpt.Of(text)}'";

    private string Describe(ManifestNode node) =>
        Sensitive && node is ScalarNode { IsNull: false, IsPlain: true } ? "a plain value" : node.Description;

    private string Prefixed(string path) => pathPrefix.Length == 0 ? path : path.Length == 0 ? pathPrefix : $"{pathPrefix}.{path}";
}
