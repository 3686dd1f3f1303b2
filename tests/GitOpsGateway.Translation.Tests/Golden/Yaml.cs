using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace GitOpsGateway.Translation.Tests.Golden;

/// <summary>Small accessors over YamlDotNet's node model for reading expectation files.</summary>
internal static class Yaml
{
    public static YamlMappingNode Root(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? new YamlMappingNode() : (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public static string? String(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

    public static string Required(this YamlMappingNode map, string key) =>
        map.String(key) ?? throw new InvalidDataException($"Missing '{key}' at {map.Start}.");

    public static int? Int(this YamlMappingNode map, string key) =>
        map.String(key) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    public static long? Long(this YamlMappingNode map, string key) =>
        map.String(key) is { } text ? long.Parse(text, CultureInfo.InvariantCulture) : null;

    public static bool Bool(this YamlMappingNode map, string key) =>
        map.String(key) is { } text && bool.Parse(text);

    public static IEnumerable<YamlMappingNode> Items(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlSequenceNode)node).Children.Cast<YamlMappingNode>() : [];

    public static IReadOnlyList<string>? Strings(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? [.. ((YamlSequenceNode)node).Children.Select(child => ((YamlScalarNode)child).Value!)]
            : null;

    public static IReadOnlyDictionary<string, string>? Map(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? ((YamlMappingNode)node).Children.ToDictionary(entry => ((YamlScalarNode)entry.Key).Value!, entry => ((YamlScalarNode)entry.Value).Value!)
            : null;

    public static YamlMappingNode? Mapping(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? (YamlMappingNode)node : null;
}
