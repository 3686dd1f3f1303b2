using System.Text.Json.Nodes;
using GitOpsGateway.Conformance.Upstream;
using GitOpsGateway.Testing;
using GitOpsGateway.Testing.Cluster;
using GitOpsGateway.Testing.Git;
using GitOpsGateway.Testing.Nodes;
using GitOpsGateway.Testing.Postgres;

namespace GitOpsGateway.Conformance.Cluster;

/// <summary>
/// Everything a conformance test runs against, all real: PostgreSQL, one bare repository, the control-plane
/// process, an echo backend per Service and a data-plane node per Gateway. Each test replaces the repository's
/// folder with the suite's base manifests and its own, as one pushed commit.
/// </summary>
public sealed class ConformanceCluster : IAsyncLifetime
{
    public const string NodeToken = "conformance-node-token";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly string root = Directory.CreateTempSubdirectory("gitops-gateway-conformance-").FullName;
    private readonly Dictionary<string, (GatewayManifest Manifest, GatewayNode Node)> nodes = new(StringComparer.Ordinal);
    private PostgresDatabase? database;
    private GitRemoteRepository? repository;
    private ControlPlaneProcess? controlPlane;
    private bool disposed;

    public EchoPool Echoes { get; } = new();

    public ControlPlaneProcess ControlPlane => controlPlane ?? throw new InvalidOperationException("The cluster is not started.");

    public GitRemoteRepository Repository => repository ?? throw new InvalidOperationException("The cluster is not started.");

    public async ValueTask InitializeAsync()
    {
        var cancellation = TestContext.Current.CancellationToken;
        database = await PostgresDatabase.CreateAsync(cancellation);
        repository = await GitRemoteRepository.CreateAsync(cancellation);
        repository.WriteFile(ControlPlaneOptions.DefaultFolder + "/README.md", "Gateway API conformance manifests, one commit per test.\n");
        await repository.CommitAsync("Empty manifests folder", cancellationToken: cancellation);
        await repository.PushAsync(cancellation);
        controlPlane = await ControlPlaneProcess.StartAsync(
            new ControlPlaneOptions
            {
                Database = database.ConnectionString,
                Repository = repository.BarePath,
                Settings = new Dictionary<string, string> { ["NODETOKENS"] = NodeTokenEntries.For(NodeToken, "conformance-nodes", SuiteGateways()) },
            },
            Path.Combine(root, "control-plane"));
    }

    /// <summary>
    /// Commits the suite's base manifests and <paramref name="manifests"/> (as the suite names them) in place of the
    /// previous test's, waits until the control plane ingested them, and returns the node of each Gateway (NAMESPACE/NAME)
    /// once it runs its Gateway's active version.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, GatewayNode>> ApplyAsync(string shortName, IReadOnlyList<string> manifests, IReadOnlyCollection<string> gateways)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var sources = new List<(string, string)> { ("base.yaml", UpstreamSuite.BaseManifests()) };
        sources.AddRange(manifests.Select(manifest => ("test-" + Path.GetFileName(manifest), UpstreamSuite.Manifest(manifest))));
        var set = ManifestSet.Adapt(sources);
        var endpoints = await Echoes.EndpointSlicesAsync(set.Services, cancellation);

        var folder = Path.Combine(Repository.WorkingPath, ControlPlaneOptions.DefaultFolder);
        foreach (var stale in Directory.EnumerateFiles(folder, "*.yaml"))
        {
            File.Delete(stale);
        }

        foreach (var (name, text) in set.Files)
        {
            Repository.WriteFile(ControlPlaneOptions.DefaultFolder + "/" + name, text);
        }

        Repository.WriteFile(ControlPlaneOptions.DefaultFolder + "/endpoints.yaml", endpoints);
        var sha = await Repository.CommitAsync($"{shortName}: the suite's base manifests and {string.Join(", ", manifests)}", cancellationToken: cancellation);
        await Repository.PushAsync(cancellation);
        await ControlPlane.WaitForIngestedAsync(sha, TimeSpan.FromSeconds(60));

        ArgumentNullException.ThrowIfNull(gateways);
        var started = new Dictionary<string, GatewayNode>(StringComparer.Ordinal);
        foreach (var gateway in gateways)
        {
            var manifest = set.Gateways.SingleOrDefault(candidate => candidate.Key == gateway)
                ?? throw new InvalidOperationException($"{shortName}: no Gateway {gateway} in its manifests.");
            started[gateway] = await NodeForAsync(manifest, cancellation);
        }

        foreach (var node in started.Values)
        {
            await WaitForNodeOnActiveVersionAsync(node);
        }

        return started;
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        foreach (var (_, node) in nodes.Values)
        {
            await node.DisposeAsync();
        }

        if (controlPlane is not null)
        {
            await controlPlane.DisposeAsync();
        }

        await Echoes.DisposeAsync();
        repository?.Dispose();
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        Directory.Delete(root, recursive: true);
    }

    /// <summary>Every Gateway the suite's manifests declare: node tokens name their Gateways, and the run's one token serves them all.</summary>
    private static string[] SuiteGateways() =>
    [
        .. UpstreamSuite.Tests
            .SelectMany(test => ManifestSet.Adapt(
                [("base.yaml", UpstreamSuite.BaseManifests()), .. test.Manifests.Select(manifest => ("test-" + Path.GetFileName(manifest), UpstreamSuite.Manifest(manifest)))]).Gateways)
            .Select(gateway => gateway.Key)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The running node of a Gateway with the same ports, or a new one (a Gateway whose ports changed gets a new node).</summary>
    private async Task<GatewayNode> NodeForAsync(GatewayManifest manifest, CancellationToken cancellationToken)
    {
        if (nodes.TryGetValue(manifest.Key, out var running))
        {
            if (running.Manifest.Ports.SequenceEqual(manifest.Ports) && !running.Node.Process.HasExited)
            {
                return running.Node;
            }

            await running.Node.DisposeAsync();
            nodes.Remove(manifest.Key);
        }

        var state = Directory.CreateDirectory(Path.Combine(root, "nodes", manifest.Key.Replace('/', '-') + "-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        var node = GatewayNode.Start(ControlPlane.BaseAddress, NodeToken, manifest, state);
        nodes[manifest.Key] = (manifest, node);
        await node.WaitUntilServingAsync(StartTimeout, cancellationToken);
        return node;
    }

    /// <summary>Waits until the node reports the Gateway's active version, so that no request meets the previous test's table.</summary>
    private async Task WaitForNodeOnActiveVersionAsync(GatewayNode node)
    {
        await Eventually.WaitForAsync(
            async () =>
            {
                long? active;
                try
                {
                    active = (long?)(await ControlPlane.GetJsonAsync("/api/v1/versions/active?gateway=" + Uri.EscapeDataString(node.Gateway)))["version"]?["number"];
                }
                catch (HttpRequestException)
                {
                    return false;
                }

                var listing = await ControlPlane.GetJsonAsync("/api/v1/nodes");
                return listing["nodes"]?.AsArray()
                    .Select(entry => entry?["report"])
                    .Any(report => (string?)report?["node"] == node.NodeId && ReportedVersion(report) >= active) ?? false;
            },
            $"node of {node.Gateway} to run the Gateway's active version",
            TimeSpan.FromSeconds(60),
            TimeSpan.FromMilliseconds(200));
    }

    private static long? ReportedVersion(JsonNode? report) => (long?)report?["version"];
}
