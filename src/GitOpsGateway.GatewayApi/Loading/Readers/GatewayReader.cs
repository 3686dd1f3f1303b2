using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.Loading.Yaml;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

internal static class GatewayReader
{
    public static KubernetesResource? Read(ReadContext context, MappingNode root, string apiVersion, ObjectMeta metadata)
    {
        if (SpecReader.Required(context, root) is not { } spec)
        {
            return null;
        }

        return new Gateway
        {
            ApiVersion = apiVersion,
            Metadata = metadata,
            Spec = new GatewaySpec
            {
                GatewayClassName = context.RequiredString(spec, "gatewayClassName", "spec"),
                Listeners = context.List(spec, "listeners", "spec", (node, path) => ListenerReader.Read(context, node, path)) ?? [],
                Addresses = context.List(spec, "addresses", "spec", (node, path) => Address(context, node, path)) ?? [],
                Infrastructure = Infrastructure(context, spec),
            },
        };
    }

    private static GatewayAddress? Address(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        return new GatewayAddress
        {
            Type = context.String(map, "type", path) ?? AddressTypes.IPAddress,
            Value = context.String(map, "value", path) ?? string.Empty,
        };
    }

    private static GatewayInfrastructure? Infrastructure(ReadContext context, MappingNode spec)
    {
        const string path = "spec.infrastructure";
        if (context.Mapping(spec, "infrastructure", "spec") is not { } map)
        {
            return null;
        }

        var parameters = context.Mapping(map, "parametersRef", path);
        return new GatewayInfrastructure
        {
            Labels = context.StringMap(map, "labels", path) ?? ValueMap.Empty,
            Annotations = context.StringMap(map, "annotations", path) ?? ValueMap.Empty,
            ParametersRef = parameters is null ? null : new LocalParametersReference
            {
                Group = context.RequiredString(parameters, "group", path + ".parametersRef"),
                Kind = context.RequiredString(parameters, "kind", path + ".parametersRef"),
                Name = context.RequiredString(parameters, "name", path + ".parametersRef"),
            },
        };
    }
}
