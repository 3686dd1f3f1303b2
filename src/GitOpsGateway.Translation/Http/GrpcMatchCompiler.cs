using GitOpsGateway.GatewayApi.GrpcRoutes;
using GitOpsGateway.GatewayApi.Routes;
using GitOpsGateway.RouteTables.Http;
using IrMatch = GitOpsGateway.RouteTables.Http.HttpRouteMatch;

namespace GitOpsGateway.Translation.Http;

/// <summary>
/// A GRPCRoute match expressed on the request path <c>/{service}/{method}</c>: service and method exact gives
/// an Exact path, service alone a PathPrefix <c>/{service}</c>, method alone or any regular expression a
/// RegularExpression over the whole path (a missing part matches one path segment).
/// </summary>
internal static class GrpcMatchCompiler
{
    private const string AnySegment = "[^/]+";

    public static IrMatch Compile(GrpcRouteMatch match) => new()
    {
        Path = Path(match.Method),
        Headers =
        [
            .. match.Headers
                .DistinctBy(header => header.Name, StringComparer.OrdinalIgnoreCase)
                .Select(header => new HeaderMatch { Name = header.Name, Type = HttpMatchCompiler.StringType(header.Type), Value = header.Value }),
        ],
    };

    private static PathMatch Path(GrpcMethodMatch? method)
    {
        var service = Empty(method?.Service);
        var name = Empty(method?.Method);
        if (method is null || (service is null && name is null))
        {
            return new PathMatch { Type = PathMatchType.PathPrefix, Value = "/" };
        }

        if (method.Type == HeaderMatchTypes.RegularExpression)
        {
            return Regex($"/(?:{service ?? AnySegment})/(?:{name ?? AnySegment})");
        }

        return (service, name) switch
        {
            ({ } s, { } m) => new PathMatch { Type = PathMatchType.Exact, Value = $"/{s}/{m}" },
            ({ } s, null) => new PathMatch { Type = PathMatchType.PathPrefix, Value = $"/{s}" },
            _ => Regex($"/{AnySegment}/{System.Text.RegularExpressions.Regex.Escape(name!)}"),
        };
    }

    private static PathMatch Regex(string pattern) => new() { Type = PathMatchType.RegularExpression, Value = pattern };

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
