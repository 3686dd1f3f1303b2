using System.Globalization;
using GitOpsGateway.Testing.Echo;
using GitOpsGateway.Testing.Processes;
using Xunit;

namespace GitOpsGateway.Testing.Cluster;

/// <summary>
/// <c>gitops-gateway data-plane</c> for one Gateway, serving listener port 80 on a free local port, with its own
/// state folder (kept across restarts: it holds the last-known-good table) and health on an admin port; optionally
/// listener port 443 on another local port, with key pairs from a folder laid out as Kubernetes mounts Secrets.
/// </summary>
public sealed class DataPlaneInstance : IAsyncDisposable
{
    private readonly HttpClient client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(5) }) { Timeout = TimeSpan.FromSeconds(10) };

    private DataPlaneInstance(ProjectProcess process, string nodeId, int httpPort, int adminPort, int? httpsPort)
    {
        Process = process;
        NodeId = nodeId;
        HttpPort = httpPort;
        AdminPort = adminPort;
        HttpsPort = httpsPort;
    }

    public ProjectProcess Process { get; }

    public string NodeId { get; }

    public int HttpPort { get; }

    public int AdminPort { get; }

    /// <summary>The local port serving listener port 443, when the node was started with one.</summary>
    public int? HttpsPort { get; }

    /// <param name="nodeToken">A token the control plane accepts from nodes (its <c>NodeTokens</c> setting).</param>
    /// <param name="httpsPort">A local port for listener port 443, or null to serve port 80 only.</param>
    /// <param name="secretsDirectory">The node's <c>--secrets-directory</c> (ROOT/NAMESPACE/NAME/tls.crt|tls.key), or null.</param>
    public static DataPlaneInstance Start(
        Uri controlPlane, string nodeToken, string gateway, string nodeId, string stateDirectory, int httpPort, int adminPort, int? httpsPort = null, string? secretsDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(controlPlane);
        var ports = "80=" + httpPort.ToString(CultureInfo.InvariantCulture)
            + (httpsPort is { } https ? ",443=" + https.ToString(CultureInfo.InvariantCulture) : string.Empty);
        string[] secrets = secretsDirectory is null ? [] : ["--secrets-directory", secretsDirectory];
        var process = ProjectProcess.StartProject(
            "GitOpsGateway.Host",
            [
                "data-plane",
                "--control-plane", controlPlane.ToString(),
                "--gateway", gateway,
                "--node-id", nodeId,
                "--ports", ports,
                "--bind-address", "127.0.0.1",
                "--admin-port", adminPort.ToString(CultureInfo.InvariantCulture),
                "--state-directory", stateDirectory,
                .. secrets,
            ],
            new ProjectProcessOptions
            {
                Environment = new Dictionary<string, string?> { ["GITOPS_GATEWAY_NODE_TOKEN"] = nodeToken },
            });
        return new DataPlaneInstance(process, nodeId, httpPort, adminPort, httpsPort);
    }

    /// <summary>Waits until <c>/readyz</c> says the node serves a table.</summary>
    public Task WaitUntilServingAsync(TimeSpan timeout) =>
        Process.WaitForHttpAsync(new Uri($"http://127.0.0.1:{AdminPort}/readyz"), timeout, TestContext.Current.CancellationToken);

    /// <summary>One request for <paramref name="host"/>, or null when the node refused the connection or failed.</summary>
    public async Task<EchoResponse?> TryGetAsync(string host, string path = "/")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://127.0.0.1:{HttpPort}{path}"));
        request.Headers.Host = host;
        try
        {
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            return response.IsSuccessStatusCode ? await EchoResponse.ReadAsync(response, TestContext.Current.CancellationToken) : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>Waits until a request is forwarded with <paramref name="header"/> set to <paramref name="value"/>.</summary>
    public Task WaitForServedAsync(string host, string header, string value, TimeSpan timeout, TimeSpan? interval = null) =>
        Eventually.WaitForAsync(
            async () => (await TryGetAsync(host))?.Header(header) == value,
            $"node {NodeId} to forward {host} with {header}: {value}",
            timeout,
            interval);

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await Process.DisposeAsync();
    }
}
