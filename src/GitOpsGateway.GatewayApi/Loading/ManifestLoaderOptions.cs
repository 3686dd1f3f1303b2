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

    /// <summary>
    /// A document whose text, once aliases are expanded, is longer than this (characters of its compact JSON) is
    /// refused: one large string aliased many times is small in the file and huge when stored. Four times
    /// <see cref="MaxFileBytes"/>, so a file at the size limit written without aliases always fits.
    /// </summary>
    public long MaxExpandedBytesPerDocument { get; init; } = 32 * 1024 * 1024;

    /// <summary>
    /// An object whose canonical JSON (what the event store keeps, aliases expanded) is larger than this (UTF-8
    /// bytes) is refused by name and keeps its last good version. 1.5 MiB is etcd's default request limit: an
    /// object Kubernetes could never store is not one we store either (docs/adr/0014).
    /// </summary>
    public long MaxObjectBytes { get; init; } = 1536 * 1024;
}
