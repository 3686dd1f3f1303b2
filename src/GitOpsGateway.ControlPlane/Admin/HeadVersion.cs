namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>The version a source's head commit compiles to.</summary>
internal sealed record HeadVersion
{
    public required long Number { get; init; }

    public string? Hash { get; init; }
}
