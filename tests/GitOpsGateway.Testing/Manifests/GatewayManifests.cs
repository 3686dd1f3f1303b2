namespace GitOpsGateway.Testing.Manifests;

/// <summary>Our GatewayClass <c>gitops</c> and Gateways of it, as a repository holds them.</summary>
public static class GatewayManifests
{
    public const string ControllerName = "gitops-gateway.dev/gateway-controller";

    public const string GatewayClass = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: GatewayClass
        metadata:
          name: gitops
        spec:
          controllerName: gitops-gateway.dev/gateway-controller
        """;

    /// <summary>Gateway <paramref name="namespace"/>/<paramref name="name"/> of class <c>gitops</c>, optionally with one annotation.</summary>
    public static string Gateway(string @namespace, string name, IEnumerable<Listener> listeners, KeyValuePair<string, string>? annotation = null)
    {
        ArgumentNullException.ThrowIfNull(listeners);
        var annotations = annotation is { } pair ? $"\n  annotations: {{{pair.Key}: {pair.Value}}}" : "";
        return $"""
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata:
              name: {name}
              namespace: {@namespace}{annotations}
            spec:
              gatewayClassName: gitops
              listeners:

            """ + string.Join('\n', listeners.Select(listener => listener.ToYaml()));
    }

    /// <summary>The GatewayClass and the Gateway in one file.</summary>
    public static string GatewayClassAnd(string gateway) => GatewayClass + "\n---\n" + gateway;
}
