namespace GitOpsGateway.Testing.Processes;

/// <summary>How to start a <see cref="ProjectProcess"/>.</summary>
public sealed record ProjectProcessOptions
{
    /// <summary>Defaults to the repository root for projects, the current directory for other commands.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Variables to set in the child; a null value removes the variable.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Build configuration whose output to run; defaults to the one this harness was built with.</summary>
    public string? Configuration { get; init; }
}
