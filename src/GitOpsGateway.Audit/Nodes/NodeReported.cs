namespace GitOpsGateway.Audit.Nodes;

/// <summary>
/// A node reported something new about what it serves or tried to apply (a repeated identical report is not a
/// new fact). Appended to the stream <c>node:GATEWAY/NODE</c> by <see cref="MartenNodeRegistry"/>.
/// </summary>
public sealed record NodeReported
{
    public required string Node { get; init; }

    /// <summary>"namespace/name".</summary>
    public required string Gateway { get; init; }

    /// <summary>The version served after this report; null until the node has applied one.</summary>
    public long? Version { get; init; }

    public string? Hash { get; init; }

    public DateTimeOffset? AppliedAt { get; init; }

    /// <summary>The version of the latest attempt, which <see cref="Errors"/> describe.</summary>
    public long? AttemptedVersion { get; init; }

    public IReadOnlyList<string> Errors { get; init; } = [];

    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The version the node served before, as the previous report said.</summary>
    public long? PreviousVersion { get; init; }

    public static string StreamFor(string gateway, string node) => $"node:{gateway}/{node}";
}
