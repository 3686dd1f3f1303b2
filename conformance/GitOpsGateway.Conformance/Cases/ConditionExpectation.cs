namespace GitOpsGateway.Conformance.Cases;

/// <summary>A condition that must be present with this status, and this reason unless the reason is empty (any).</summary>
public sealed record ConditionExpectation
{
    public required string Type { get; init; }

    public required string Status { get; init; }

    public string? Reason { get; init; }
}
