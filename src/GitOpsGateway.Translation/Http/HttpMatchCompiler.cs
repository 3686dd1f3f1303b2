using GitOpsGateway.GatewayApi.HttpRoutes;
using GitOpsGateway.GatewayApi.Routes;
using GitOpsGateway.RouteTables.Http;
using ApiMatch = GitOpsGateway.GatewayApi.HttpRoutes.HttpRouteMatch;
using IrMatch = GitOpsGateway.RouteTables.Http.HttpRouteMatch;

namespace GitOpsGateway.Translation.Http;

/// <summary>
/// An HTTPRoute match in IR form. Of several header (or query parameter) matches with equivalent names only the
/// first counts, as the spec requires; header names compare case-insensitively, query parameter names exactly.
/// </summary>
internal static class HttpMatchCompiler
{
    public static IrMatch Compile(ApiMatch match) => new()
    {
        Path = new PathMatch { Type = PathType(match.Path.Type), Value = match.Path.Value },
        Method = match.Method,
        Headers =
        [
            .. match.Headers
                .DistinctBy(header => header.Name, StringComparer.OrdinalIgnoreCase)
                .Select(header => new HeaderMatch { Name = header.Name, Type = StringType(header.Type), Value = header.Value }),
        ],
        QueryParams =
        [
            .. match.QueryParams
                .DistinctBy(query => query.Name, StringComparer.Ordinal)
                .Select(query => new QueryParamMatch { Name = query.Name, Type = StringType(query.Type), Value = query.Value }),
        ],
    };

    public static int PathRank(PathMatchType type) => type switch
    {
        PathMatchType.Exact => 0,
        PathMatchType.PathPrefix => 1,
        _ => 2,
    };

    public static StringMatchType StringType(string type) =>
        type == HeaderMatchTypes.RegularExpression ? StringMatchType.RegularExpression : StringMatchType.Exact;

    private static PathMatchType PathType(string type) => type switch
    {
        PathMatchTypes.Exact => PathMatchType.Exact,
        PathMatchTypes.RegularExpression => PathMatchType.RegularExpression,
        _ => PathMatchType.PathPrefix,
    };
}
