namespace GitOpsGateway.Sources;

/// <summary>Who authored or committed a change, and when, as Git recorded it.</summary>
public sealed record CommitSignature(string Name, string Email, DateTimeOffset When);
