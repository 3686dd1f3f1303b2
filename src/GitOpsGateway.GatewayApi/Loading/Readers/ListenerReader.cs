using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.Loading.Yaml;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

internal static class ListenerReader
{
    public static Listener? Read(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        return new Listener
        {
            Name = context.RequiredString(map, "name", path),
            Hostname = context.String(map, "hostname", path),
            Port = context.RequiredInt(map, "port", path),
            Protocol = context.RequiredString(map, "protocol", path),
            Tls = Tls(context, map, path),
            AllowedRoutes = AllowedRoutes(context, map, path),
        };
    }

    private static ListenerTls? Tls(ReadContext context, MappingNode listener, string path)
    {
        if (context.Mapping(listener, "tls", path) is not { } map)
        {
            return null;
        }

        var tlsPath = ReadContext.Field(path, "tls");
        return new ListenerTls
        {
            Mode = context.String(map, "mode", tlsPath) ?? TlsModes.Terminate,
            CertificateRefs = context.List(map, "certificateRefs", tlsPath, (node, itemPath) => ReferenceReader.SecretRef(context, node, itemPath)) ?? [],
            Options = context.StringMap(map, "options", tlsPath) ?? ValueMap.Empty,
        };
    }

    private static AllowedRoutes AllowedRoutes(ReadContext context, MappingNode listener, string path)
    {
        if (context.Mapping(listener, "allowedRoutes", path) is not { } map)
        {
            return Gateways.AllowedRoutes.Default;
        }

        var allowedPath = ReadContext.Field(path, "allowedRoutes");
        return new AllowedRoutes
        {
            Namespaces = Namespaces(context, map, allowedPath),
            Kinds = context.List(map, "kinds", allowedPath, (node, itemPath) => Kind(context, node, itemPath)) ?? [],
        };
    }

    private static RouteNamespaces Namespaces(ReadContext context, MappingNode allowedRoutes, string path)
    {
        if (context.Mapping(allowedRoutes, "namespaces", path) is not { } map)
        {
            return RouteNamespaces.Same;
        }

        var namespacesPath = ReadContext.Field(path, "namespaces");
        return new RouteNamespaces
        {
            From = context.String(map, "from", namespacesPath) ?? FromNamespaces.Same,
            Selector = SelectorReader.Read(context, map, "selector", namespacesPath),
        };
    }

    private static RouteGroupKind? Kind(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        return new RouteGroupKind
        {
            Group = context.String(map, "group", path) ?? ApiGroups.GatewayNetworking,
            Kind = context.RequiredString(map, "kind", path),
        };
    }
}
