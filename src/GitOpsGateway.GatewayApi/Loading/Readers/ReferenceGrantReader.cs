using GitOpsGateway.GatewayApi.Loading.Yaml;
using GitOpsGateway.GatewayApi.References;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

internal static class ReferenceGrantReader
{
    public static KubernetesResource? Read(ReadContext context, MappingNode root, string apiVersion, ObjectMeta metadata)
    {
        if (SpecReader.Required(context, root) is not { } spec)
        {
            return null;
        }

        return new ReferenceGrant
        {
            ApiVersion = apiVersion,
            Metadata = metadata,
            Spec = new ReferenceGrantSpec
            {
                From = context.List(spec, "from", "spec", (node, path) => From(context, node, path)) ?? [],
                To = context.List(spec, "to", "spec", (node, path) => To(context, node, path)) ?? [],
            },
        };
    }

    private static ReferenceGrantFrom? From(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        return new ReferenceGrantFrom
        {
            Group = context.RequiredString(map, "group", path),
            Kind = context.RequiredString(map, "kind", path),
            Namespace = context.RequiredString(map, "namespace", path),
        };
    }

    private static ReferenceGrantTo? To(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        return new ReferenceGrantTo
        {
            Group = context.RequiredString(map, "group", path),
            Kind = context.RequiredString(map, "kind", path),
            Name = context.String(map, "name", path),
        };
    }
}
