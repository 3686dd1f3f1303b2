namespace GitOpsGateway.GatewayApi.Loading.Yaml;

internal sealed class SequenceNode : ManifestNode
{
    public SequenceNode(int line, int column, IReadOnlyList<ManifestNode> items)
        : base(line, column)
    {
        Items = items;
        ExpandedSize = 1 + items.Sum(item => item.ExpandedSize);
        Height = 1 + (items.Count == 0 ? 0 : items.Max(item => item.Height));
    }

    public IReadOnlyList<ManifestNode> Items { get; }

    public override long ExpandedSize { get; }

    public override int Height { get; }

    public override string Description => "a list";
}
