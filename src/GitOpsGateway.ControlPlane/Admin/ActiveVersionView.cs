namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>The version in force (overall, or for one Gateway) and when it became so.</summary>
public sealed record ActiveVersionView(string? Gateway, DateTimeOffset ActivatedAt, VersionView Version);
