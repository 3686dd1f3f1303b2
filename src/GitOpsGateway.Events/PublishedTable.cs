namespace GitOpsGateway.Events;

/// <summary>One Gateway's route table in a version: its canonical JSON bytes as text, and their SHA-256.</summary>
public sealed record PublishedTable
{
    /// <summary>"namespace/name" of the Gateway.</summary>
    public required string Gateway { get; init; }

    public required string Hash { get; init; }

    /// <summary>Exactly <c>RouteTableSerializer.ToCanonicalJson</c>, so <see cref="Hash"/> can be checked from it.</summary>
    public required string Json { get; init; }
}
