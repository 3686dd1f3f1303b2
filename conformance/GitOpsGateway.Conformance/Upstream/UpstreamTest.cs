namespace GitOpsGateway.Conformance.Upstream;

/// <summary>One test of the upstream suite as its Go declaration states it (conformance/upstream/v1.6.1/tests.json).</summary>
public sealed record UpstreamTest
{
    public required string ShortName { get; init; }

    /// <summary>The Go file declaring it, relative to the upstream repository.</summary>
    public required string Source { get; init; }

    public string Description { get; init; } = string.Empty;

    public IReadOnlyList<string> Features { get; init; } = [];

    /// <summary>Its manifests as the suite names them (<c>tests/NAME.yaml</c>).</summary>
    public IReadOnlyList<string> Manifests { get; init; } = [];

    public bool Provisional { get; init; }

    public override string ToString() => ShortName;
}
