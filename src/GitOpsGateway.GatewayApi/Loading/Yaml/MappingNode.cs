namespace GitOpsGateway.GatewayApi.Loading.Yaml;

internal sealed class MappingNode : ManifestNode
{
    // Most objects have a handful of keys: a linear scan beats building a dictionary for each of them.
    private const int LinearLookupLimit = 8;

    private Dictionary<string, ManifestNode>? byKey;

    public MappingNode(int line, int column, IReadOnlyList<KeyValuePair<ScalarNode, ManifestNode>> entries)
        : base(line, column)
    {
        Entries = entries;
        long size = 1;
        long length = 2;
        var height = 0;
        foreach (var (key, value) in entries)
        {
            size += value.ExpandedSize + 1;
            length += key.Value.Length + 4 + value.ExpandedLength;
            height = Math.Max(height, value.Height);
        }

        ExpandedSize = size;
        ExpandedLength = length;
        Height = height + 1;
    }

    public IReadOnlyList<KeyValuePair<ScalarNode, ManifestNode>> Entries { get; }

    public override long ExpandedSize { get; }

    public override long ExpandedLength { get; }

    public override int Height { get; }

    public override string Description => "an object";

    /// <summary>The value under <paramref name="key"/>, or null when the key is absent or its value is null.</summary>
    public ManifestNode? Get(string key)
    {
        var value = Find(key);
        return value is ScalarNode { IsNull: true } ? null : value;
    }

    private ManifestNode? Find(string key)
    {
        if (Entries.Count <= LinearLookupLimit)
        {
            foreach (var (entryKey, value) in Entries)
            {
                if (string.Equals(entryKey.Value, key, StringComparison.Ordinal))
                {
                    return value;
                }
            }

            return null;
        }

        byKey ??= Entries.ToDictionary(entry => entry.Key.Value, entry => entry.Value, StringComparer.Ordinal);
        return byKey.GetValueOrDefault(key);
    }
}
