namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>The body of <c>POST /api/v1/pin</c> and <c>POST /api/v1/unpin</c>; every field may be left out.</summary>
public sealed record PinRequest
{
    public string? Reason { get; init; }

    public string? Source { get; init; }

    /// <summary>Pin: the version to hold (the active one when left out). Ignored by unpin.</summary>
    public long? Version { get; init; }
}
