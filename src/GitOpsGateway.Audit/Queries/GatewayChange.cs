using GitOpsGateway.RouteTables.Diffing;

namespace GitOpsGateway.Audit.Queries;

/// <summary>One <see cref="RouteTableChange"/> of one Gateway.</summary>
public sealed record GatewayChange
{
    public required string Gateway { get; init; }

    public required ChangeKind Kind { get; init; }

    public required ChangeSubject Subject { get; init; }

    public required string Key { get; init; }

    public required string Description { get; init; }
}
