using GitOpsGateway.GatewayApi.HttpRoutes;
using GitOpsGateway.GatewayApi.Loading.Yaml;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

internal static class HttpRouteReader
{
    private static readonly HttpRouteRule DefaultRule = new() { Matches = [HttpRouteMatch.Default] };

    public static KubernetesResource? Read(ReadContext context, MappingNode root, string apiVersion, ObjectMeta metadata)
    {
        if (SpecReader.Required(context, root) is not { } spec)
        {
            return null;
        }

        return new HttpRoute
        {
            ApiVersion = apiVersion,
            Metadata = metadata,
            Spec = new HttpRouteSpec
            {
                ParentRefs = context.List(spec, "parentRefs", "spec", (node, path) => ReferenceReader.ParentRef(context, node, path)) ?? [],
                Hostnames = context.StringList(spec, "hostnames", "spec") ?? [],
                Rules = context.List(spec, "rules", "spec", (node, path) => Rule(context, node, path)) ?? [DefaultRule],
            },
        };
    }

    private static HttpRouteRule? Rule(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        var matches = context.List(map, "matches", path, (item, itemPath) => HttpMatchReader.Match(context, item, itemPath));
        return new HttpRouteRule
        {
            Name = context.String(map, "name", path),
            Matches = matches is { Count: > 0 } ? matches : [HttpRouteMatch.Default],
            Filters = context.List(map, "filters", path, (item, itemPath) => HttpFilterReader.Filter(context, item, itemPath)) ?? [],
            BackendRefs = context.List(map, "backendRefs", path, (item, itemPath) => BackendRef(context, item, itemPath)) ?? [],
            Timeouts = Timeouts(context, map, path),
            Retry = Retry(context, map, path),
            SessionPersistence = SharedFilterReader.SessionPersistence(context, map, path),
        };
    }

    private static HttpBackendRef? BackendRef(ReadContext context, ManifestNode node, string path)
    {
        if (context.AsMapping(node, path) is not { } map)
        {
            return null;
        }

        var target = ReferenceReader.BackendObject(context, map, path);
        return new HttpBackendRef
        {
            Group = target.Group,
            Kind = target.Kind,
            Name = target.Name,
            Namespace = target.Namespace,
            Port = target.Port,
            Weight = ReferenceReader.Weight(context, map, path),
            Filters = context.List(map, "filters", path, (item, itemPath) => HttpFilterReader.Filter(context, item, itemPath)) ?? [],
        };
    }

    private static HttpRouteTimeouts? Timeouts(ReadContext context, MappingNode rule, string path)
    {
        if (context.Mapping(rule, "timeouts", path) is not { } map)
        {
            return null;
        }

        var timeoutsPath = ReadContext.Field(path, "timeouts");
        return new HttpRouteTimeouts
        {
            Request = context.String(map, "request", timeoutsPath),
            BackendRequest = context.String(map, "backendRequest", timeoutsPath),
        };
    }

    private static HttpRouteRetry? Retry(ReadContext context, MappingNode rule, string path)
    {
        if (context.Mapping(rule, "retry", path) is not { } map)
        {
            return null;
        }

        var retryPath = ReadContext.Field(path, "retry");
        return new HttpRouteRetry
        {
            Codes = context.IntList(map, "codes", retryPath) ?? [],
            Attempts = context.Int(map, "attempts", retryPath),
            Backoff = context.String(map, "backoff", retryPath),
        };
    }
}
