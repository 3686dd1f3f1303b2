namespace GitOpsGateway.GatewayApi.Loading;

/// <summary>Limits that keep hostile or accidental input cheap.</summary>
public sealed record ManifestLoaderOptions
{
    public static ManifestLoaderOptions Default { get; } = new();

    /// <summary>Files larger than this (UTF-8 bytes) are refused whole. etcd's own object limit is far smaller.</summary>
    public long MaxFileBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Deeper nesting is refused; real manifests stay below 15 levels.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>A document larger than this once aliases are expanded is refused (alias bombs).</summary>
    public long MaxExpandedNodesPerDocument { get; init; } = 1_000_000;
}
