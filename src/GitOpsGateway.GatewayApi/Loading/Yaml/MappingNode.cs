namespace GitOpsGateway.GatewayApi.Loading.Yaml;

internal sealed class MappingNode : ManifestNode
{
    private readonly Dictionary<string, ManifestNode> byKey;

    public MappingNode(int line, int column, IReadOnlyList<KeyValuePair<ScalarNode, ManifestNode>> entries)
        : base(line, column)
    {
        Entries = entries;
        byKey = new Dictionary<string, ManifestNode>(entries.Count, StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            byKey[key.Value] = value;
        }

        ExpandedSize = 1 + entries.Sum(entry => entry.Value.ExpandedSize + 1);
        Height = 1 + (entries.Count == 0 ? 0 : entries.Max(entry => entry.Value.Height));
    }

    public IReadOnlyList<KeyValuePair<ScalarNode, ManifestNode>> Entries { get; }

    public override long ExpandedSize { get; }

    public override int Height { get; }

    public override string Description => "an object";

    /// <summary>The value under <paramref name="key"/>, or null when the key is absent or its value is null.</summary>
    public ManifestNode? Get(string key) =>
        byKey.TryGetValue(key, out var value) && value is not ScalarNode { IsNull: true } ? value : null;
}
