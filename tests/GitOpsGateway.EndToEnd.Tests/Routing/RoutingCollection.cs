namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>The routing test classes share one <see cref="RoutingCluster"/> and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class RoutingCollection : ICollectionFixture<RoutingCluster>
{
    public const string Name = "Routing through the real processes";
}
