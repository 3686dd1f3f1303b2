using GitOpsGateway.GatewayApi.GrpcRoutes;
using GitOpsGateway.GatewayApi.Loading.Yaml;
using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

internal static class GrpcRouteReader
{
    public static KubernetesResource? Read(ReadContext context, MappingNode root, string apiVersion, ObjectMeta metadata)
    {
        if (SpecReader.Required(context, root) is not { } spec)
        {
            return null;
        }

        return new GrpcRoute
        {
            ApiVersion = apiVersion,
            Metadata = metadata,
            Spec = new GrpcRouteSpec
            {
                ParentRefs = context.List(spec, "parentRefs", "spec", (node, path) => ReferenceReader.ParentRef(context, node, path)) ?? [],
                Hostnames = context.StringList(spec, "hostnames", "spec") ?? [],
                Rules = context.List(spec, "rules", "spec", (node, path) => Rule(context, node, path)) ?? [],
            },
        };
    }

    private static GrpcRouteRule? Rule(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        return new GrpcRouteRule
        {
            Name = context.String(map, "name", path),
            Matches = context.List(map, "matches", path, (item, itemPath) => Match(context, item, itemPath)) ?? [],
            Filters = context.List(map, "filters", path, (item, itemPath) => Filter(context, item, itemPath)) ?? [],
            BackendRefs = context.List(map, "backendRefs", path, (item, itemPath) => BackendRef(context, item, itemPath)) ?? [],
            SessionPersistence = SharedFilterReader.SessionPersistence(context, map, path),
        };
    }

    private static GrpcRouteMatch? Match(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        var method = context.Mapping(map, "method", path);
        var methodPath = ReadContext.Field(path, "method");
        return new GrpcRouteMatch
        {
            Method = method is null ? null : new GrpcMethodMatch
            {
                Type = context.String(method, "type", methodPath) ?? HeaderMatchTypes.Exact,
                Service = context.String(method, "service", methodPath),
                Method = context.String(method, "method", methodPath),
            },
            Headers = context.List(map, "headers", path, (item, itemPath) => Header(context, item, itemPath)) ?? [],
        };
    }

    private static GrpcHeaderMatch? Header(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        return new GrpcHeaderMatch
        {
            Type = context.String(map, "type", path) ?? HeaderMatchTypes.Exact,
            Name = context.RequiredString(map, "name", path),
            Value = context.RequiredString(map, "value", path),
        };
    }

    private static GrpcRouteFilter? Filter(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        return new GrpcRouteFilter
        {
            Type = context.RequiredString(map, "type", path),
            RequestHeaderModifier = SharedFilterReader.HeaderFilter(context, map, "requestHeaderModifier", path),
            ResponseHeaderModifier = SharedFilterReader.HeaderFilter(context, map, "responseHeaderModifier", path),
            RequestMirror = SharedFilterReader.Mirror(context, map, "requestMirror", path),
            ExtensionRef = ReferenceReader.LocalRef(context, map, "extensionRef", path),
        };
    }

    private static GrpcBackendRef? BackendRef(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        var target = ReferenceReader.BackendObject(context, map, path);
        return new GrpcBackendRef
        {
            Group = target.Group,
            Kind = target.Kind,
            Name = target.Name,
            Namespace = target.Namespace,
            Port = target.Port,
            Weight = ReferenceReader.Weight(context, map, path),
            Filters = context.List(map, "filters", path, (item, itemPath) => Filter(context, item, itemPath)) ?? [],
        };
    }
}
