using GitOpsGateway.RouteTables;
using GitOpsGateway.Translation.Hostnames;
using GitOpsGateway.Translation.Routes;

namespace GitOpsGateway.Translation.Http;

/// <summary>
/// The order of rules on one virtual host, first match wins: rules of the route whose matching hostname is the
/// most specific first (characters of a non-wildcard name, then of any name), then the route kind's match
/// precedence, then the oldest route, its namespace/name, rule index and match index.
/// </summary>
internal static class RuleOrder
{
    public static IComparer<(string Hostname, CompiledRule Rule)> Comparer { get; } =
        Comparer<(string Hostname, CompiledRule Rule)>.Create(Compare);

    private static int Compare((string Hostname, CompiledRule Rule) left, (string Hostname, CompiledRule Rule) right)
    {
        var (leftExact, leftLength) = HostnameMatching.Specificity(left.Hostname);
        var (rightExact, rightLength) = HostnameMatching.Specificity(right.Hostname);
        var order = rightExact.CompareTo(leftExact);
        order = order != 0 ? order : rightLength.CompareTo(leftLength);
        return order != 0 ? order : Compare(left.Rule.Precedence, right.Rule.Precedence);
    }

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
