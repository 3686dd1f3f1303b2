using GitOpsGateway.RouteTables;
using GitOpsGateway.Translation.Routes;

namespace GitOpsGateway.Translation.Http;

/// <summary>
/// The order of the rules of one virtual host, first match wins: the route kind's match precedence, then the
/// oldest route, its namespace/name, rule index and match index. Every rule of a virtual host comes from a route
/// serving exactly that hostname; precedence between hostnames (the most specific matching hostname first) is the
/// router's fall-through from a host to the less specific ones.
/// </summary>
internal static class RuleOrder
{
    public static IComparer<CompiledRule> Comparer { get; } =
        Comparer<CompiledRule>.Create((left, right) => Compare(left.Precedence, right.Precedence));

    public static int Compare(MatchPrecedence left, MatchPrecedence right)
    {
        var order = left.Kind.CompareTo(right.Kind);
        if (order == 0)
        {
            order = left.Kind == RouteKind.GRPCRoute ? CompareGrpc(left, right) : CompareHttp(left, right);
        }

        if (order != 0)
        {
            return order;
        }

        order = RouteAge.Compare(left.Created, left.Route, right.Created, right.Route);
        order = order != 0 ? order : left.RuleIndex.CompareTo(right.RuleIndex);
        return order != 0 ? order : left.MatchIndex.CompareTo(right.MatchIndex);
    }

    private static int CompareHttp(MatchPrecedence left, MatchPrecedence right)
    {
        var order = left.PathRank.CompareTo(right.PathRank);
        order = order != 0 ? order : right.PathLength.CompareTo(left.PathLength);
        order = order != 0 ? order : right.HasMethod.CompareTo(left.HasMethod);
        order = order != 0 ? order : right.HeaderCount.CompareTo(left.HeaderCount);
        return order != 0 ? order : right.QueryParamCount.CompareTo(left.QueryParamCount);
    }

    private static int CompareGrpc(MatchPrecedence left, MatchPrecedence right)
    {
        var order = right.ServiceLength.CompareTo(left.ServiceLength);
        order = order != 0 ? order : right.MethodLength.CompareTo(left.MethodLength);
        return order != 0 ? order : right.HeaderCount.CompareTo(left.HeaderCount);
    }
}
