using GitOpsGateway.GatewayApi.Kubernetes;
using GitOpsGateway.GatewayApi.Loading.Yaml;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

internal static class EndpointSliceReader
{
    public static KubernetesResource? Read(ReadContext context, MappingNode root, string apiVersion, ObjectMeta metadata) => new EndpointSlice
    {
        ApiVersion = apiVersion,
        Metadata = metadata,
        AddressType = context.RequiredString(root, "addressType", string.Empty),
        Endpoints = context.List(root, "endpoints", string.Empty, (node, path) => Endpoint(context, node, path)) ?? [],
        Ports = context.List(root, "ports", string.Empty, (node, path) => Port(context, node, path)) ?? [],
    };

    private static Endpoint? Endpoint(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        var conditions = context.Mapping(map, "conditions", path);
        var conditionsPath = ReadContext.Field(path, "conditions");
        return new Endpoint
        {
            Addresses = context.StringList(map, "addresses", path) ?? [],
            Conditions = conditions is null ? EndpointConditions.Unknown : new EndpointConditions
            {
                Ready = context.Bool(conditions, "ready", conditionsPath),
                Serving = context.Bool(conditions, "serving", conditionsPath),
                Terminating = context.Bool(conditions, "terminating", conditionsPath),
            },
            Hostname = context.String(map, "hostname", path),
            NodeName = context.String(map, "nodeName", path),
            Zone = context.String(map, "zone", path),
        };
    }

    private static EndpointPort? Port(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        return new EndpointPort
        {
            Name = context.String(map, "name", path) ?? string.Empty,
            Port = context.Int(map, "port", path),
            Protocol = context.String(map, "protocol", path) ?? "TCP",
            AppProtocol = context.String(map, "appProtocol", path),
        };
    }
}
