using GitOpsGateway.GatewayApi.HttpRoutes;
using GitOpsGateway.GatewayApi.Loading.Yaml;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

internal static class HttpFilterReader
{
    public static HttpRouteFilter? Filter(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        return new HttpRouteFilter
        {
            Type = context.RequiredString(map, "type", path),
            RequestHeaderModifier = SharedFilterReader.HeaderFilter(context, map, "requestHeaderModifier", path),
            ResponseHeaderModifier = SharedFilterReader.HeaderFilter(context, map, "responseHeaderModifier", path),
            RequestMirror = SharedFilterReader.Mirror(context, map, "requestMirror", path),
            RequestRedirect = Redirect(context, map, path),
            UrlRewrite = Rewrite(context, map, path),
            Cors = Cors(context, map, path),
            ExtensionRef = ReferenceReader.LocalRef(context, map, "extensionRef", path),
        };
    }

    private static HttpRequestRedirectFilter? Redirect(ReadContext context, MappingNode filter, string path)
    {
        if (context.Mapping(filter, "requestRedirect", path) is not { } map)
        {
            return null;
        }

        var redirectPath = ReadContext.Field(path, "requestRedirect");
        return new HttpRequestRedirectFilter
        {
            Scheme = context.String(map, "scheme", redirectPath),
            Hostname = context.String(map, "hostname", redirectPath),
            Path = PathModifier(context, map, redirectPath),
            Port = context.Int(map, "port", redirectPath),
            StatusCode = context.Int(map, "statusCode", redirectPath) ?? 302,
        };
    }

    private static HttpUrlRewriteFilter? Rewrite(ReadContext context, MappingNode filter, string path)
    {
        if (context.Mapping(filter, "urlRewrite", path) is not { } map)
        {
            return null;
        }

        var rewritePath = ReadContext.Field(path, "urlRewrite");
        return new HttpUrlRewriteFilter
        {
            Hostname = context.String(map, "hostname", rewritePath),
            Path = PathModifier(context, map, rewritePath),
        };
    }

    private static HttpPathModifier? PathModifier(ReadContext context, MappingNode parent, string path)
    {
        if (context.Mapping(parent, "path", path) is not { } map)
        {
            return null;
        }

        var modifierPath = ReadContext.Field(path, "path");
        return new HttpPathModifier
        {
            Type = context.RequiredString(map, "type", modifierPath),
            ReplaceFullPath = context.String(map, "replaceFullPath", modifierPath),
            ReplacePrefixMatch = context.String(map, "replacePrefixMatch", modifierPath),
        };
    }

    private static HttpCorsFilter? Cors(ReadContext context, MappingNode filter, string path)
    {
        if (context.Mapping(filter, "cors", path) is not { } map)
        {
            return null;
        }

        var corsPath = ReadContext.Field(path, "cors");
        return new HttpCorsFilter
        {
            AllowOrigins = context.StringList(map, "allowOrigins", corsPath) ?? [],
            AllowCredentials = context.Bool(map, "allowCredentials", corsPath),
            AllowMethods = context.StringList(map, "allowMethods", corsPath) ?? [],
            AllowHeaders = context.StringList(map, "allowHeaders", corsPath) ?? [],
            ExposeHeaders = context.StringList(map, "exposeHeaders", corsPath) ?? [],
            MaxAge = context.Int(map, "maxAge", corsPath) ?? 5,
        };
    }
}
