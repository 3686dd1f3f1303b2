using GitOpsGateway.GatewayApi.Kubernetes;
using GitOpsGateway.GatewayApi.Loading.Yaml;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

internal static class IngressReader
{
    public static KubernetesResource? Read(ReadContext context, MappingNode root, string apiVersion, ObjectMeta metadata)
    {
        if (SpecReader.Optional(context, root) is not { } spec)
        {
            return null;
        }

        return new Ingress
        {
            ApiVersion = apiVersion,
            Metadata = metadata,
            Spec = new IngressSpec
            {
                IngressClassName = context.String(spec, "ingressClassName", "spec"),
                DefaultBackend = context.Mapping(spec, "defaultBackend", "spec") is { } backend
                    ? Backend(context, backend, "spec.defaultBackend")
                    : null,
                Rules = context.List(spec, "rules", "spec", (node, path) => Rule(context, node, path)) ?? [],
                Tls = context.List(spec, "tls", "spec", (node, path) => Tls(context, node, path)) ?? [],
            },
        };
    }

    private static IngressRule? Rule(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        var http = context.Mapping(map, "http", path);
        return new IngressRule
        {
            Host = context.String(map, "host", path),
            Paths = http is null ? [] : context.List(http, "paths", ReadContext.Field(path, "http"), (item, itemPath) => Path(context, item, itemPath)) ?? [],
        };
    }

    private static IngressPath? Path(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        var backendPath = ReadContext.Field(path, "backend");
        var backend = context.Mapping(map, "backend", path) is { } backendMap ? Backend(context, backendMap, backendPath) : null;
        if (backend is null)
        {
            if (map.Get("backend") is null)
            {
                context.Error(map, backendPath, "is required.");
            }

            return null;
        }

        return new IngressPath
        {
            Path = context.String(map, "path", path),
            PathType = context.RequiredString(map, "pathType", path),
            Backend = backend,
        };
    }

    private static IngressBackend Backend(ReadContext context, MappingNode map, string path)
    {
        var service = context.Mapping(map, "service", path);
        var servicePath = ReadContext.Field(path, "service");
        var port = service is null ? null : context.Mapping(service, "port", servicePath);
        var resource = context.Mapping(map, "resource", path);
        var resourcePath = ReadContext.Field(path, "resource");
        return new IngressBackend
        {
            Service = service is null ? null : new IngressServiceBackend
            {
                Name = context.RequiredString(service, "name", servicePath),
                PortNumber = port is null ? null : context.Int(port, "number", ReadContext.Field(servicePath, "port")),
                PortName = port is null ? null : context.String(port, "name", ReadContext.Field(servicePath, "port")),
            },
            Resource = resource is null ? null : new IngressResourceBackend
            {
                ApiGroup = context.String(resource, "apiGroup", resourcePath),
                Kind = context.RequiredString(resource, "kind", resourcePath),
                Name = context.RequiredString(resource, "name", resourcePath),
            },
        };
    }

    private static IngressTls? Tls(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        return new IngressTls
        {
            Hosts = context.StringList(map, "hosts", path) ?? [],
            SecretName = context.String(map, "secretName", path),
        };
    }
}
