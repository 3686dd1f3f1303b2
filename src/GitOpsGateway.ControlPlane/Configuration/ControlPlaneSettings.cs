using GitOpsGateway.ControlPlane.Identity.Oidc;
using GitOpsGateway.NodeFeed.Server;
using GitOpsGateway.Translation;

namespace GitOpsGateway.ControlPlane.Configuration;

/// <summary>Everything the control plane is told at startup, validated (see <see cref="ControlPlaneSettingsReader"/> for the keys).</summary>
public sealed record ControlPlaneSettings
{
    public required string DatabaseConnectionString { get; init; }

    public required IReadOnlyList<WatchedSource> Sources { get; init; }

    public string ControllerName { get; init; } = TranslatorOptions.DefaultControllerName;

    /// <summary>The DNS suffix backends resolve under: <c>NAME.NAMESPACE.svc.ClusterDomain</c>.</summary>
    public string ClusterDomain { get; init; } = TranslatorOptions.DefaultClusterDomain;

    /// <summary>How this control plane compiles: every compiler (ingestion, rollback, unpin) must use these.</summary>
    public TranslatorOptions TranslatorOptions => new() { ControllerName = ControllerName, ClusterDomain = ClusterDomain };

    /// <summary>Holds the local clones, one folder per source under <c>sources/</c>.</summary>
    public required string StateDirectory { get; init; }

    public required string AdminToken { get; init; }

    /// <summary>Named bearer tokens data-plane nodes present to the node feed, each for its Gateways; none means every node is refused.</summary>
    public IReadOnlyList<NodeTokenGrant> NodeTokens { get; init; } = [];

    /// <summary>The file the node tokens came from, re-read while the control plane runs; null when they came from <c>NodeTokens</c>.</summary>
    public string? NodeTokensFile { get; init; }

    /// <summary>How long a token replaced under the same name in <see cref="NodeTokensFile"/> stays valid.</summary>
    public TimeSpan NodeTokensOverlap { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The deprecated shared secrets per provider, for sources without their own <see cref="WatchedSource.WebhookSecret"/>.</summary>
    public WebhookSecrets Webhooks { get; init; } = WebhookSecrets.None;

    /// <summary>How long a source's previous webhook secret is still accepted after its file changed.</summary>
    public TimeSpan WebhookSecretOverlap { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The OIDC issuer whose JWTs identify people and CI systems; null when none is configured.</summary>
    public OidcSettings? Oidc { get; init; }

    /// <summary>How many of the newest commits a source's first ingest takes; older history is never ingested.</summary>
    public int InitialHistoryDepth { get; init; } = 100;

    /// <summary>How many new commits are selected at a time; each is still its own transaction.</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>How often a replica that does not lead a source tries to take it over.</summary>
    public TimeSpan LeadershipRetryInterval { get; init; } = TimeSpan.FromSeconds(2);

    public TelemetryExporter TelemetryExporter { get; init; } = TelemetryExporter.None;

    public Uri? OtlpEndpoint { get; init; }

    /// <summary>Settings given but not read (misspelt, most likely); the host logs each as a warning.</summary>
    public IReadOnlyList<UnknownSettingKey> UnknownKeys { get; init; } = [];

    public WatchedSource? FindSource(string name) =>
        Sources.FirstOrDefault(source => string.Equals(source.Name, name, StringComparison.Ordinal));

    /// <summary>Keeps the token and the connection string's password out of logs.</summary>
    public override string ToString() =>
        $"ControlPlaneSettings {{ Sources = [{string.Join(", ", Sources.Select(source => source.Name))}], StateDirectory = {StateDirectory} }}";
}
