namespace GitOpsGateway.Conformance;

/// <summary>The conformance tests share one <see cref="ConformanceRun"/> and run one after another, as the suite does.</summary>
[CollectionDefinition(Name)]
public sealed class ConformanceCollection : ICollectionFixture<ConformanceRun>
{
    public const string Name = "Gateway API conformance";
}
