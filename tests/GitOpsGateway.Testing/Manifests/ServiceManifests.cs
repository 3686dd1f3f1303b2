using System.Globalization;

namespace GitOpsGateway.Testing.Manifests;

/// <summary>Core Services with one <c>http</c> port, and EndpointSlices resolving them to a local test server.</summary>
public static class ServiceManifests
{
    public static string Service(string @namespace, string name, int port = 8080, string? appProtocol = null, KeyValuePair<string, string>? label = null)
    {
        var labels = label is { } pair ? $"\n  labels: {{{pair.Key}: {pair.Value}}}" : "";
        var protocol = appProtocol is null ? "" : "\n    appProtocol: " + appProtocol;
        return string.Create(CultureInfo.InvariantCulture, $"""
            apiVersion: v1
            kind: Service
            metadata:
              name: {name}
              namespace: {@namespace}{labels}
            spec:
              ports:
              - name: http
                port: {port}{protocol}
            """);
    }

    /// <summary>EndpointSlice <c>SERVICE-local</c>: the Service's <c>http</c> port is 127.0.0.1:<paramref name="localPort"/>.</summary>
    public static string LocalEndpoints(string @namespace, string service, int localPort) => string.Create(CultureInfo.InvariantCulture, $"""
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: {service}-local
          namespace: {@namespace}
          labels:
            kubernetes.io/service-name: {service}
        addressType: IPv4
        ports:
        - name: http
          port: {localPort}
        endpoints:
        - addresses: ["127.0.0.1"]
        """);

    /// <summary>Service <paramref name="name"/> on port 8080 and its EndpointSlice to 127.0.0.1:<paramref name="localPort"/>, in one file.</summary>
    public static string LocalService(string @namespace, string name, int localPort, string? appProtocol = null) =>
        Service(@namespace, name, appProtocol: appProtocol) + "\n---\n" + LocalEndpoints(@namespace, name, localPort);
}
