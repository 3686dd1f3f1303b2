namespace GitOpsGateway.GatewayApi.Loading.Yaml;

internal sealed class SequenceNode : ManifestNode
{
    public SequenceNode(int line, int column, IReadOnlyList<ManifestNode> items)
        : base(line, column)
    {
        Items = items;
        long size = 1;
        long length = 2;
        var height = 0;
        foreach (var item in items)
        {
            size += item.ExpandedSize;
            length += item.ExpandedLength + 1;
            height = Math.Max(height, item.Height);
        }

        ExpandedSize = size;
        ExpandedLength = length;
        Height = height + 1;
    }

    public IReadOnlyList<ManifestNode> Items { get; }

    public override long ExpandedSize { get; }

    public override long ExpandedLength { get; }

    public override int Height { get; }

    public override string Description => "a list";
}
