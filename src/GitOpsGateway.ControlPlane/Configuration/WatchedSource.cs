using GitOpsGateway.Sources;
using GitOpsGateway.Sources.Git;

namespace GitOpsGateway.ControlPlane.Configuration;

/// <summary>A configured source, validated: what to watch and how to authenticate to it.</summary>
public sealed record WatchedSource(SourceDefinition Definition, GitCredentials? Credentials)
{
    public string Name => Definition.Name;

    /// <summary>The source's own webhook secret (<c>Sources:N:WebhookSecret[File]</c>); null: the provider's shared one applies.</summary>
    public ConfiguredSecret? WebhookSecret { get; init; }
}
