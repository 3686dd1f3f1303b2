namespace GitOpsGateway.Events;

/// <summary>A compiler diagnostic kept with its version, located at the manifest that caused it.</summary>
public sealed record CompileDiagnostic
{
    /// <summary>"HTTPRoute/default/web", or null when it concerns no single object.</summary>
    public string? Resource { get; init; }

    /// <summary>"Error" or "Warning".</summary>
    public required string Severity { get; init; }

    public string File { get; init; } = string.Empty;

    public int Line { get; init; }

    public int Column { get; init; }

    public string FieldPath { get; init; } = string.Empty;

    public required string Message { get; init; }
}
