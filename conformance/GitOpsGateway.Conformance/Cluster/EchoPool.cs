using System.Globalization;
using System.Text;
using GitOpsGateway.Testing.Echo;

namespace GitOpsGateway.Conformance.Cluster;

/// <summary>
/// One echo backend per Service of the suite (kept for the whole run), and the EndpointSlice that resolves each of
/// the Service's HTTP ports to it: the pods the suite deploys become a loopback server named NAMESPACE/SERVICE.
/// </summary>
public sealed class EchoPool : IAsyncDisposable
{
    private readonly Dictionary<string, EchoBackend> backends = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>The namespace and pod name the suite's echo server would report for this backend.</summary>
    public static (string Namespace, string Pod) Identity(EchoResponse echo)
    {
        ArgumentNullException.ThrowIfNull(echo);
        var parts = echo.Backend.Split('/', 2);
        return parts.Length == 2 ? (parts[0], parts[1] + "-local") : (string.Empty, echo.Backend);
    }

    public EchoBackend? Find(string serviceKey) => backends.GetValueOrDefault(serviceKey);

    /// <summary>Starts the backends the Services need and returns the EndpointSlices for all of them, as one file.</summary>
    public async Task<string> EndpointSlicesAsync(IEnumerable<ServiceManifest> services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var slices = new List<string>();
        foreach (var service in services.Where(service => service.EchoPorts.Count > 0))
        {
            var backend = await EnsureAsync(service.Key, cancellationToken);
            slices.Add(Slice(service, backend.Port));
        }

        return string.Join("\n---\n", slices) + "\n";
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var backend in backends.Values)
        {
            await backend.DisposeAsync();
        }

        gate.Dispose();
    }

    private async Task<EchoBackend> EnsureAsync(string key, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!backends.TryGetValue(key, out var backend))
            {
                backend = await EchoBackend.StartAsync(key, cancellationToken: cancellationToken);
                backends[key] = backend;
            }

            return backend;
        }
        finally
        {
            gate.Release();
        }
    }

    private static string Slice(ServiceManifest service, int localPort)
    {
        var ports = new StringBuilder();
        foreach (var port in service.EchoPorts)
        {
            ports.Append(CultureInfo.InvariantCulture, $"\n- name: \"{port.Name}\"\n  protocol: TCP\n  port: {localPort}");
        }

        return $"""
            apiVersion: discovery.k8s.io/v1
            kind: EndpointSlice
            metadata:
              name: {service.Name}-local
              namespace: {service.Namespace}
              labels:
                kubernetes.io/service-name: {service.Name}
            addressType: IPv4
            ports:{ports}
            endpoints:
            - addresses: ["127.0.0.1"]
            """;
    }
}
