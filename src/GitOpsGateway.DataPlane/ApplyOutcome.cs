using GitOpsGateway.RouteTables;

namespace GitOpsGateway.DataPlane;

/// <summary>
/// What <see cref="DataPlaneNode.ApplyAsync"/> did with a table. Refused (<see cref="Applied"/> false): the table
/// failed validation and the previous one keeps serving; <see cref="Errors"/> says why. Applied: the node serves
/// the table; <see cref="Errors"/> then lists what it could not honour (a certificate it could not load, a port it
/// could not bind, a pattern the router cannot run) for the node's report.
/// </summary>
public sealed record ApplyOutcome
{
    public required bool Applied { get; init; }

    public required long Version { get; init; }

    public required string Hash { get; init; }

    /// <summary>The version served after this call: the new one when applied, the previous one (or null) when refused.</summary>
    public long? ServingVersion { get; init; }

    public EquatableArray<string> Errors { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>From the call to the swap: validation, router and cluster build, YARP update.</summary>
    public TimeSpan SwapDuration { get; init; }
}
