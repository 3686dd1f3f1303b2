using GitOpsGateway.GatewayApi.Kubernetes;
using GitOpsGateway.GatewayApi.Loading.Yaml;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

internal static class ServiceReader
{
    public static KubernetesResource? Read(ReadContext context, MappingNode root, string apiVersion, ObjectMeta metadata)
    {
        if (SpecReader.Optional(context, root) is not { } spec)
        {
            return null;
        }

        return new Service
        {
            ApiVersion = apiVersion,
            Metadata = metadata,
            Spec = new ServiceSpec
            {
                Type = context.String(spec, "type", "spec") ?? ServiceTypes.ClusterIP,
                ClusterIP = context.String(spec, "clusterIP", "spec"),
                ExternalName = context.String(spec, "externalName", "spec"),
                Ports = context.List(spec, "ports", "spec", (node, path) => Port(context, node, path)) ?? [],
            },
        };
    }

    private static ServicePort? Port(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        return new ServicePort
        {
            Name = context.String(map, "name", path),
            Port = context.RequiredInt(map, "port", path),
            TargetPort = TargetPort(context, map, path),
            Protocol = context.String(map, "protocol", path) ?? "TCP",
            AppProtocol = context.String(map, "appProtocol", path),
        };
    }

    private static IntOrString? TargetPort(ReadContext context, MappingNode port, string path)
    {
        if (port.Get("targetPort") is not { } node)
        {
            return null;
        }

        if (node is ScalarNode { IsPlain: true } scalar && int.TryParse(scalar.Value, out var number))
        {
            return IntOrString.FromNumber(number);
        }

        return context.AsString(node, ReadContext.Field(path, "targetPort")) is { } name ? IntOrString.FromName(name) : null;
    }
}
