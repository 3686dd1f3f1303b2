using GitOpsGateway.Sources;
using GitOpsGateway.Sources.Git;

namespace GitOpsGateway.ControlPlane.Configuration;

/// <summary>A configured source, validated: what to watch and how to authenticate to it.</summary>
public sealed record WatchedSource(SourceDefinition Definition, GitCredentials? Credentials)
{
    public string Name => Definition.Name;
}
