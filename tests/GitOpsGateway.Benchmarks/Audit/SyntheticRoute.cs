namespace GitOpsGateway.Benchmarks.Audit;

/// <summary>One HTTPRoute of a synthetic source: one hostname, one path, two weighted Services.</summary>
internal sealed record SyntheticRoute
{
    public required int Index { get; init; }

    public required string Name { get; init; }

    public required string Hostname { get; init; }

    public required string Path { get; init; }

    public required string ServiceA { get; init; }

    /// <summary>"name", or "namespace/name" for a Service of another namespace.</summary>
    public required string ServiceB { get; init; }

    /// <summary>ServiceB gets 100 minus this.</summary>
    public required int WeightA { get; init; }

    public long Generation { get; init; } = 1;

    /// <summary>A label value: metadata-only changes bump it without a new generation or version.</summary>
    public int Revision { get; init; }

    public string File => $"apps/route-{Index:D2}.yaml";
}
