using GitOpsGateway.GatewayApi.Loading.Yaml;
using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

/// <summary>Filter and rule parts that HTTP and gRPC routes share.</summary>
internal static class SharedFilterReader
{
    public static HttpHeaderFilter? HeaderFilter(ReadContext context, MappingNode parent, string key, string path)
    {
        if (context.Mapping(parent, key, path) is not { } map)
        {
            return null;
        }

        var filterPath = ReadContext.Field(path, key);
        return new HttpHeaderFilter
        {
            Set = context.List(map, "set", filterPath, (node, itemPath) => Header(context, node, itemPath)) ?? [],
            Add = context.List(map, "add", filterPath, (node, itemPath) => Header(context, node, itemPath)) ?? [],
            Remove = context.StringList(map, "remove", filterPath) ?? [],
        };
    }

    public static HttpRequestMirrorFilter? Mirror(ReadContext context, MappingNode parent, string key, string path)
    {
        if (context.Mapping(parent, key, path) is not { } map)
        {
            return null;
        }

        var mirrorPath = ReadContext.Field(path, key);
        var backendPath = ReadContext.Field(mirrorPath, "backendRef");
        var backend = context.Mapping(map, "backendRef", mirrorPath) is { } backendMap
            ? ReferenceReader.BackendObject(context, backendMap, backendPath)
            : null;
        if (backend is null && map.Get("backendRef") is null)
        {
            context.Error(map, backendPath, "is required.");
        }

        return backend is null ? null : new HttpRequestMirrorFilter
        {
            BackendRef = backend,
            Percent = context.Int(map, "percent", mirrorPath),
            Fraction = Fraction(context, map, mirrorPath),
        };
    }

    public static SessionPersistence? SessionPersistence(ReadContext context, MappingNode parent, string path)
    {
        if (context.Mapping(parent, "sessionPersistence", path) is not { } map)
        {
            return null;
        }

        var persistencePath = ReadContext.Field(path, "sessionPersistence");
        var cookiePath = ReadContext.Field(persistencePath, "cookie");
        var headerPath = ReadContext.Field(persistencePath, "header");
        var cookie = context.Mapping(map, "cookie", persistencePath);
        var header = context.Mapping(map, "header", persistencePath);
        return new SessionPersistence
        {
            Type = context.String(map, "type", persistencePath) ?? SessionPersistenceTypes.Cookie,
            AbsoluteTimeout = context.String(map, "absoluteTimeout", persistencePath),
            Cookie = cookie is null ? null : new SessionPersistenceCookie
            {
                Name = context.String(cookie, "name", cookiePath),
                Path = context.String(cookie, "path", cookiePath) ?? "/",
                LifetimeType = context.String(cookie, "lifetimeType", cookiePath) ?? "Session",
            },
            Header = header is null ? null : new SessionPersistenceHeader { Name = context.RequiredString(header, "name", headerPath) },
        };
    }

    private static HttpHeader? Header(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        return new HttpHeader
        {
            Name = context.RequiredString(map, "name", path),
            Value = context.RequiredString(map, "value", path),
        };
    }

    private static Fraction? Fraction(ReadContext context, MappingNode parent, string path)
    {
        if (context.Mapping(parent, "fraction", path) is not { } map)
        {
            return null;
        }

        var fractionPath = ReadContext.Field(path, "fraction");
        return new Fraction
        {
            Numerator = context.RequiredInt(map, "numerator", fractionPath),
            Denominator = context.Int(map, "denominator", fractionPath) ?? 100,
        };
    }
}
