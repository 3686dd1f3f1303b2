namespace GitOpsGateway.ControlPlane.Configuration;

/// <summary>A secret as configured: its value at start, and the file it came from when it can be re-read later.</summary>
public sealed record ConfiguredSecret(string Value, string? FilePath)
{
    /// <summary>Keeps the secret out of logs, which print records by default.</summary>
    public override string ToString() => FilePath is null ? "ConfiguredSecret { *** }" : $"ConfiguredSecret {{ *** from {FilePath} }}";
}
