using GitOpsGateway.GatewayApi.Loading.Yaml;
using GitOpsGateway.GatewayApi.References;
using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

/// <summary>Object references shared by several kinds, with the spec's defaults applied.</summary>
internal static class ReferenceReader
{
    public static ParentReference? ParentRef(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        return new ParentReference
        {
            Group = context.String(map, "group", path) ?? ApiGroups.GatewayNetworking,
            Kind = context.String(map, "kind", path) ?? "Gateway",
            Namespace = context.String(map, "namespace", path),
            Name = context.RequiredString(map, "name", path),
            SectionName = context.String(map, "sectionName", path),
            Port = context.Int(map, "port", path),
        };
    }

    public static BackendObjectReference? BackendObject(ReadContext context, ManifestNode node, string path) =>
        context.AsMapping(node, path) is { } map ? BackendObject(context, map, path) : null;

    public static BackendObjectReference BackendObject(ReadContext context, MappingNode map, string path) => new()
    {
        Group = context.String(map, "group", path) ?? ApiGroups.Core,
        Kind = context.String(map, "kind", path) ?? "Service",
        Name = context.RequiredString(map, "name", path),
        Namespace = context.String(map, "namespace", path),
        Port = context.Int(map, "port", path),
    };

    public static BackendRef? BackendRef(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        var target = BackendObject(context, map, path);
        return new BackendRef
        {
            Group = target.Group,
            Kind = target.Kind,
            Name = target.Name,
            Namespace = target.Namespace,
            Port = target.Port,
            Weight = Weight(context, map, path),
        };
    }

    public static int Weight(ReadContext context, MappingNode map, string path) => context.Int(map, "weight", path) ?? 1;

    public static SecretObjectReference? SecretRef(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        return new SecretObjectReference
        {
            Group = context.String(map, "group", path) ?? ApiGroups.Core,
            Kind = context.String(map, "kind", path) ?? "Secret",
            Name = context.RequiredString(map, "name", path),
            Namespace = context.String(map, "namespace", path),
        };
    }

    public static LocalObjectReference? LocalRef(ReadContext context, MappingNode parent, string key, string path)
    {
        if (context.Mapping(parent, key, path) is not { } map)
        {
            return null;
        }

        var refPath = ReadContext.Field(path, key);
        return new LocalObjectReference
        {
            Group = context.RequiredString(map, "group", refPath),
            Kind = context.RequiredString(map, "kind", refPath),
            Name = context.RequiredString(map, "name", refPath),
        };
    }
}
