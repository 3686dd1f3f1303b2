using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace GitOpsGateway.Conformance.Cluster;

/// <summary>
/// The suite's manifests adapted to a repository of ours: the GatewayClass placeholder names our class, kinds that
/// need a cluster (Deployments, ConfigMaps, Pods) are dropped, and the Services and Gateways are read so that the
/// runner can give each Service an echo backend and each Gateway a node.
/// </summary>
public sealed partial class ManifestSet
{
    public const string GatewayClassName = "gitops";

    private static readonly HashSet<string> KeptKinds = new(StringComparer.Ordinal)
    {
        "Namespace", "GatewayClass", "Gateway", "HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "UDPRoute",
        "ReferenceGrant", "Service", "EndpointSlice", "Secret", "BackendTLSPolicy", "ListenerSet", "XListenerSet",
    };

    private ManifestSet(IReadOnlyDictionary<string, string> files, IReadOnlyList<ServiceManifest> services, IReadOnlyList<GatewayManifest> gateways)
    {
        Files = files;
        Services = services;
        Gateways = gateways;
    }

    /// <summary>Repository-relative file name → adapted YAML.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    public IReadOnlyList<ServiceManifest> Services { get; }

    public IReadOnlyList<GatewayManifest> Gateways { get; }

    /// <param name="sources">File name → the suite's YAML, in the order the suite applies them.</param>
    public static ManifestSet Adapt(IReadOnlyList<(string FileName, string Yaml)> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["gatewayclass.yaml"] = $"""
                apiVersion: gateway.networking.k8s.io/v1
                kind: GatewayClass
                metadata:
                  name: {GatewayClassName}
                spec:
                  controllerName: gitops-gateway.dev/gateway-controller
                """,
        };
        var services = new List<ServiceManifest>();
        var gateways = new List<GatewayManifest>();
        foreach (var (fileName, yaml) in sources)
        {
            var kept = new List<string>();
            foreach (var document in DocumentSeparator().Split(yaml.Replace("{GATEWAY_CLASS_NAME}", GatewayClassName, StringComparison.Ordinal)))
            {
                var root = Parse(document);
                if (root is null || Scalar(root, "kind") is not { } kind || !KeptKinds.Contains(kind))
                {
                    continue;
                }

                kept.Add(document.Trim('\n'));
                if (kind == "Service")
                {
                    services.Add(ReadService(root));
                }
                else if (kind == "Gateway")
                {
                    gateways.Add(ReadGateway(root));
                }
            }

            files[fileName] = string.Join("\n---\n", kept) + "\n";
        }

        return new ManifestSet(files, services, gateways);
    }

    private static YamlMappingNode? Parse(string document)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(document));
        return stream.Documents.Count == 1 ? stream.Documents[0].RootNode as YamlMappingNode : null;
    }

    private static ServiceManifest ReadService(YamlMappingNode root)
    {
        var metadata = (YamlMappingNode)root["metadata"];
        var spec = (YamlMappingNode)root["spec"];
        var ports = spec.Children.TryGetValue("ports", out var list) && list is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>().Select(port => new ServicePortManifest(
                Scalar(port, "name") ?? string.Empty,
                int.Parse(Scalar(port, "port") ?? "0", CultureInfo.InvariantCulture),
                Scalar(port, "targetPort") ?? Scalar(port, "port") ?? string.Empty,
                Scalar(port, "protocol") ?? "TCP")).ToList()
            : [];
        return new ServiceManifest(Scalar(metadata, "namespace") ?? "default", Scalar(metadata, "name")!, ports);
    }

    private static GatewayManifest ReadGateway(YamlMappingNode root)
    {
        var metadata = (YamlMappingNode)root["metadata"];
        var spec = (YamlMappingNode)root["spec"];
        var ports = spec.Children.TryGetValue("listeners", out var list) && list is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>()
                .Select(listener => int.Parse(Scalar(listener, "port") ?? "0", CultureInfo.InvariantCulture))
                .Distinct()
                .Order()
                .ToList()
            : [];
        return new GatewayManifest(Scalar(metadata, "namespace") ?? "default", Scalar(metadata, "name")!, ports);
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    [GeneratedRegex(@"^---\s*$", RegexOptions.Multiline)]
    private static partial Regex DocumentSeparator();
}
