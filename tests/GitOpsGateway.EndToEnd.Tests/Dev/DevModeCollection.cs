namespace GitOpsGateway.EndToEnd.Tests.Dev;

/// <summary>Dev mode listens on fixed ports (8080, 8443, 9080, 18081-18084): its test classes run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class DevModeCollection
{
    public const string Name = "dev mode";
}
