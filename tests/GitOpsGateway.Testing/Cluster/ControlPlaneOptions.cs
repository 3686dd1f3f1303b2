namespace GitOpsGateway.Testing.Cluster;

/// <summary>How a test starts <c>gitops-gateway control-plane</c>: one source over a bare repository, plus any other settings.</summary>
public sealed record ControlPlaneOptions
{
    public const string SourceName = "shop";

    public const string AdminToken = "test-admin-token";

    /// <summary>The folder of the repository the source watches, unless <see cref="Folder"/> says otherwise.</summary>
    public const string DefaultFolder = "gateway";

    public required string Database { get; init; }

    /// <summary>A bare repository's path or any URL the watcher can fetch (git://, file://).</summary>
    public required string Repository { get; init; }

    public string Folder { get; init; } = DefaultFolder;

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The port to serve on, or null for a free one. A restart on the same port lets nodes reconnect to it.</summary>
    public int? Port { get; init; }

    /// <summary>Extra settings as environment variables without the GITOPS_GATEWAY_ prefix, e.g. "Ingestion__BatchSize".</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Other environment variables of the process, set as given (e.g. LD_PRELOAD for a skewed clock).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}
