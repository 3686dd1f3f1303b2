using System.Globalization;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Conformance.Cluster;

/// <summary>
/// A <c>gitops-gateway data-plane</c> process for one Gateway, serving each listener port the Gateway declares on
/// a free local port of its own (the suite reaches a Gateway at its address and listener port; we at 127.0.0.1 and
/// the local port for that listener port).
/// </summary>
public sealed class GatewayNode : IAsyncDisposable
{
    private GatewayNode(ProjectProcess process, string gateway, IReadOnlyDictionary<int, int> localPorts, int adminPort)
    {
        Process = process;
        Gateway = gateway;
        LocalPorts = localPorts;
        AdminPort = adminPort;
    }

    public ProjectProcess Process { get; }

    /// <summary>NAMESPACE/NAME.</summary>
    public string Gateway { get; }

    /// <summary>Listener port → local port.</summary>
    public IReadOnlyDictionary<int, int> LocalPorts { get; }

    public int AdminPort { get; }

    public string NodeId => "conformance-" + Gateway.Replace('/', '-');

    public static GatewayNode Start(Uri controlPlane, string nodeToken, GatewayManifest gateway, string stateDirectory)
    {
        ArgumentNullException.ThrowIfNull(controlPlane);
        ArgumentNullException.ThrowIfNull(gateway);
        var localPorts = gateway.Ports.ToDictionary(port => port, _ => FreePort.Next());
        var adminPort = FreePort.Next();
        var process = ProjectProcess.StartProject(
            "GitOpsGateway.Host",
            [
                "data-plane",
                "--control-plane", controlPlane.ToString(),
                "--gateway", gateway.Key,
                "--node-id", "conformance-" + gateway.Key.Replace('/', '-'),
                "--ports", string.Join(',', localPorts.Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key}={pair.Value}"))),
                "--bind-address", "127.0.0.1",
                "--admin-port", adminPort.ToString(CultureInfo.InvariantCulture),
                "--state-directory", stateDirectory,
            ],
            new ProjectProcessOptions { Environment = new Dictionary<string, string?> { ["GITOPS_GATEWAY_NODE_TOKEN"] = nodeToken } });
        return new GatewayNode(process, gateway.Key, localPorts, adminPort);
    }

    public Task WaitUntilServingAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        Process.WaitForHttpAsync(new Uri($"http://127.0.0.1:{AdminPort}/readyz"), timeout, cancellationToken);

    public ValueTask DisposeAsync() => Process.DisposeAsync();
}
