using GitOpsGateway.GatewayApi.Loading.Yaml;
using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

/// <summary>TLSRoute, TCPRoute and UDPRoute: parent refs, (TLS) hostnames and rules of weighted backends.</summary>
internal static class StreamRouteReader
{
    public static KubernetesResource? ReadTls(ReadContext context, MappingNode root, string apiVersion, ObjectMeta metadata)
    {
        if (SpecReader.Required(context, root) is not { } spec)
        {
            return null;
        }

        return new TlsRoute
        {
            ApiVersion = apiVersion,
            Metadata = metadata,
            Spec = new TlsRouteSpec
            {
                ParentRefs = ParentRefs(context, spec),
                Hostnames = context.StringList(spec, "hostnames", "spec") ?? [],
                Rules = Rules(context, spec, (name, backends) => new TlsRouteRule { Name = name, BackendRefs = backends }),
            },
        };
    }

    public static KubernetesResource? ReadTcp(ReadContext context, MappingNode root, string apiVersion, ObjectMeta metadata)
    {
        if (SpecReader.Required(context, root) is not { } spec)
        {
            return null;
        }

        return new TcpRoute
        {
            ApiVersion = apiVersion,
            Metadata = metadata,
            Spec = new TcpRouteSpec
            {
                ParentRefs = ParentRefs(context, spec),
                Rules = Rules(context, spec, (name, backends) => new TcpRouteRule { Name = name, BackendRefs = backends }),
            },
        };
    }

    public static KubernetesResource? ReadUdp(ReadContext context, MappingNode root, string apiVersion, ObjectMeta metadata)
    {
        if (SpecReader.Required(context, root) is not { } spec)
        {
            return null;
        }

        return new UdpRoute
        {
            ApiVersion = apiVersion,
            Metadata = metadata,
            Spec = new UdpRouteSpec
            {
                ParentRefs = ParentRefs(context, spec),
                Rules = Rules(context, spec, (name, backends) => new UdpRouteRule { Name = name, BackendRefs = backends }),
            },
        };
    }

    private static List<ParentReference> ParentRefs(ReadContext context, MappingNode spec) =>
        context.List(spec, "parentRefs", "spec", (node, path) => ReferenceReader.ParentRef(context, node, path)) ?? [];

    private static List<TRule> Rules<TRule>(ReadContext context, MappingNode spec, Func<string?, List<BackendRef>, TRule> create)
        where TRule : class =>
        context.List(spec, "rules", "spec", (node, path) =>
        {
            if (context.AsMapping(node, path) is not { } map)
            {
                return null;
            }

            var backends = context.List(map, "backendRefs", path, (item, itemPath) => ReferenceReader.BackendRef(context, item, itemPath)) ?? [];
            return create(context.String(map, "name", path), backends);
        }) ?? [];
}
