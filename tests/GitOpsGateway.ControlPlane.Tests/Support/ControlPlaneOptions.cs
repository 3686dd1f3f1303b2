namespace GitOpsGateway.ControlPlane.Tests.Support;

/// <summary>How a test starts <c>gitops-gateway control-plane</c>: one source over a bare repository, plus any other settings.</summary>
internal sealed record ControlPlaneOptions
{
    public const string SourceName = "shop";

    public const string AdminToken = "test-admin-token";

    public required string Database { get; init; }

    public required string Repository { get; init; }

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Extra settings as environment variables without the GITOPS_GATEWAY_ prefix, e.g. "Ingestion__BatchSize".</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}
