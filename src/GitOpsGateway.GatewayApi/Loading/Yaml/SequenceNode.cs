namespace GitOpsGateway.GatewayApi.Loading.Yaml;

internal sealed class SequenceNode : ManifestNode
{
    public SequenceNode(int line, int column, IReadOnlyList<ManifestNode> items)
        : base(line, column)
    {
        Items = items;
        long size = 1;
        var height = 0;
        foreach (var item in items)
        {
            size += item.ExpandedSize;
            height = Math.Max(height, item.Height);
        }

        ExpandedSize = size;
        Height = height + 1;
    }

    public IReadOnlyList<ManifestNode> Items { get; }

    public override long ExpandedSize { get; }

    public override int Height { get; }

    public override string Description => "a list";
}
