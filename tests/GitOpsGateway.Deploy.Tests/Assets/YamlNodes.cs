using YamlDotNet.RepresentationModel;

namespace GitOpsGateway.Deploy.Tests.Assets;

/// <summary>Reading helpers over YamlDotNet's node tree; a merge key (<c>&lt;&lt;: *anchor</c>) counts as the keys it brings.</summary>
internal static class YamlNodes
{
    private const string MergeKey = "<<";

    public static YamlNode? Child(this YamlMappingNode mapping, string key)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        if (mapping.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return value;
        }

        return mapping.Children.TryGetValue(new YamlScalarNode(MergeKey), out var merged) && merged is YamlMappingNode source
            ? source.Child(key)
            : null;
    }

    public static YamlMappingNode? Mapping(this YamlMappingNode mapping, string key) => mapping.Child(key) as YamlMappingNode;

    public static string? Text(this YamlMappingNode mapping, string key) => (mapping.Child(key) as YamlScalarNode)?.Value;

    /// <summary>A sequence of scalars; a lone scalar reads as one item.</summary>
    public static IReadOnlyList<string> Texts(this YamlMappingNode mapping, string key) => mapping.Child(key) switch
    {
        YamlSequenceNode sequence => [.. sequence.Children.Select(item => ((YamlScalarNode)item).Value ?? string.Empty)],
        YamlScalarNode scalar when scalar.Value is { } value => [value],
        _ => [],
    };

    public static IReadOnlyList<YamlMappingNode> Mappings(this YamlMappingNode mapping, string key) =>
        mapping.Child(key) is YamlSequenceNode sequence ? [.. sequence.Children.OfType<YamlMappingNode>()] : [];

    /// <summary>The keys of a mapping with scalar values (merge keys excluded).</summary>
    public static IReadOnlyDictionary<string, string> ScalarEntries(this YamlMappingNode? mapping) =>
        mapping is null
            ? new Dictionary<string, string>()
            : mapping.Children
                .Where(pair => ((YamlScalarNode)pair.Key).Value != MergeKey)
                .ToDictionary(pair => ((YamlScalarNode)pair.Key).Value!, pair => (pair.Value as YamlScalarNode)?.Value ?? string.Empty, StringComparer.Ordinal);

    public static IEnumerable<string> Keys(this YamlMappingNode? mapping) =>
        mapping is null ? [] : mapping.Children.Keys.Select(key => ((YamlScalarNode)key).Value!).Where(key => key != MergeKey);
}
