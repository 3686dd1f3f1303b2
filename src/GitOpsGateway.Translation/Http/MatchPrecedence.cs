using GitOpsGateway.RouteTables;

namespace GitOpsGateway.Translation.Http;

/// <summary>
/// What orders one compiled match against others on the same host. HTTPRoute: path kind (Exact, PathPrefix,
/// RegularExpression), path length, method, header and query counts. GRPCRoute: service and method length, header
/// count. Then, for both, the route's age and name and the rule and match indexes.
/// </summary>
internal sealed record MatchPrecedence
{
    public required RouteKind Kind { get; init; }

    /// <summary>0 Exact, 1 PathPrefix, 2 RegularExpression (HTTPRoute only).</summary>
    public int PathRank { get; init; }

    public int PathLength { get; init; }

    public bool HasMethod { get; init; }

    public int HeaderCount { get; init; }

    public int QueryParamCount { get; init; }

    public int ServiceLength { get; init; }

    public int MethodLength { get; init; }

    public DateTimeOffset? Created { get; init; }

    /// <summary>"{namespace}/{name}" of the route.</summary>
    public required string Route { get; init; }

    public int RuleIndex { get; init; }

    public int MatchIndex { get; init; }
}
