using GitOpsGateway.GatewayApi.HttpRoutes;
using GitOpsGateway.GatewayApi.Loading.Yaml;
using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

internal static class HttpMatchReader
{
    public static HttpRouteMatch? Match(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        return new HttpRouteMatch
        {
            Path = PathMatch(context, map, path),
            Headers = context.List(map, "headers", path, (item, itemPath) => Header(context, item, itemPath)) ?? [],
            QueryParams = context.List(map, "queryParams", path, (item, itemPath) => QueryParam(context, item, itemPath)) ?? [],
            Method = context.String(map, "method", path),
        };
    }

    private static HttpPathMatch PathMatch(ReadContext context, MappingNode match, string path)
    {
        if (context.Mapping(match, "path", path) is not { } map)
        {
            return HttpPathMatch.Default;
        }

        var pathPath = ReadContext.Field(path, "path");
        return new HttpPathMatch
        {
            Type = context.String(map, "type", pathPath) ?? PathMatchTypes.PathPrefix,
            Value = context.String(map, "value", pathPath) ?? "/",
        };
    }

    private static HttpHeaderMatch? Header(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        return new HttpHeaderMatch
        {
            Type = context.String(map, "type", path) ?? HeaderMatchTypes.Exact,
            Name = context.RequiredString(map, "name", path),
            Value = context.RequiredString(map, "value", path),
        };
    }

    private static HttpQueryParamMatch? QueryParam(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        return new HttpQueryParamMatch
        {
            Type = context.String(map, "type", path) ?? HeaderMatchTypes.Exact,
            Name = context.RequiredString(map, "name", path),
            Value = context.RequiredString(map, "value", path),
        };
    }
}
