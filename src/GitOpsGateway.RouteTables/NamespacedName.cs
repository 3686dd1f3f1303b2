namespace GitOpsGateway.RouteTables;

/// <summary>A Kubernetes object reference within its kind: a Gateway, a Secret, a route.</summary>
public sealed record NamespacedName
{
    public required string Namespace { get; init; }

    public required string Name { get; init; }

    public override string ToString() => $"{Namespace}/{Name}";
}
