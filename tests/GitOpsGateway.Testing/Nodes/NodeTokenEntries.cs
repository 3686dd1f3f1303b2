namespace GitOpsGateway.Testing.Nodes;

/// <summary>
/// The control plane's <c>NodeTokens</c> setting for tests: one named token serving the Gateways the shared test
/// manifests declare, so a test that does not care about scoping runs as before and one that does names its own.
/// </summary>
public static class NodeTokenEntries
{
    /// <summary>Every Gateway the test manifests and fixtures name.</summary>
    public static IReadOnlyList<string> TestGateways { get; } =
        ["shop/edge", "shop/back-office", "shop/other", "infra/edge", "infra/other", "infra/prod-gateway", "routing/edge"];

    /// <summary>One entry, <c>NAME GATEWAYS TOKEN</c>, for the given Gateways or, by default, <see cref="TestGateways"/>.</summary>
    public static string For(string token, string name = "test-node", params IReadOnlyList<string> gateways) =>
        $"{name} {string.Join(',', gateways.Count == 0 ? TestGateways : gateways)} {token}";
}
