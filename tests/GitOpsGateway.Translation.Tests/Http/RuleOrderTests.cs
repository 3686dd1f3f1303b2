using GitOpsGateway.RouteTables;
using GitOpsGateway.Translation.Http;

namespace GitOpsGateway.Translation.Tests.Http;

public sealed class RuleOrderTests
{
    private static readonly DateTimeOffset Older = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Newer = Older.AddSeconds(1);

    [Fact]
    public void Http_matches_sort_by_exact_prefix_length_regex_method_headers_then_query()
    {
        MatchPrecedence[] expected =
        [
            Http(pathRank: 0, pathLength: 4),
            Http(pathRank: 1, pathLength: 10),
            Http(pathRank: 1, pathLength: 2, hasMethod: true),
            Http(pathRank: 1, pathLength: 2, headers: 2),
            Http(pathRank: 1, pathLength: 2, headers: 1, query: 3),
            Http(pathRank: 1, pathLength: 2, headers: 1, query: 1),
            Http(pathRank: 1, pathLength: 1),
            Http(pathRank: 2, pathLength: 20),
        ];

        AssertSorted(expected);
    }

    [Fact]
    public void Ties_go_to_the_oldest_route_then_namespace_and_name_then_rule_and_match_index()
    {
        MatchPrecedence[] expected =
        [
            Http(created: Older, route: "z/z"),
            Http(created: Newer, route: "a/a"),
            Http(created: Newer, route: "a/b"),
            Http(created: Newer, route: "a/b", rule: 1),
            Http(created: Newer, route: "a/b", rule: 1, match: 2),
            Http(created: null, route: "a/a"),
        ];

        AssertSorted(expected);
    }

    [Fact]
    public void Namespace_and_name_compare_as_one_ordinal_string() =>
        AssertSorted([Http(route: "a-b/x"), Http(route: "a/x")]);

    [Fact]
    public void Grpc_matches_sort_by_service_then_method_length_then_headers()
    {
        MatchPrecedence[] expected =
        [
            Grpc(service: 20, method: 0),
            Grpc(service: 10, method: 8),
            Grpc(service: 10, method: 4, headers: 0),
            Grpc(service: 0, method: 4, headers: 3),
            Grpc(service: 0, method: 0, headers: 1),
            Grpc(service: 0, method: 0),
        ];

        AssertSorted(expected);
    }

    private static void AssertSorted(MatchPrecedence[] expected)
    {
        var shuffled = expected.ToArray();
        new Random(7).Shuffle(shuffled);
        Assert.Equal(expected, shuffled.Order(Comparer<MatchPrecedence>.Create(RuleOrder.Compare)));
    }

    private static MatchPrecedence Http(
        int pathRank = 1, int pathLength = 1, bool hasMethod = false, int headers = 0, int query = 0,
        DateTimeOffset? created = null, string route = "ns/route", int rule = 0, int match = 0) => new()
        {
            Kind = RouteKind.HTTPRoute,
            PathRank = pathRank,
            PathLength = pathLength,
            HasMethod = hasMethod,
            HeaderCount = headers,
            QueryParamCount = query,
            Created = created,
            Route = route,
            RuleIndex = rule,
            MatchIndex = match,
        };

    private static MatchPrecedence Grpc(int service, int method, int headers = 0) => new()
    {
        Kind = RouteKind.GRPCRoute,
        ServiceLength = service,
        MethodLength = method,
        HeaderCount = headers,
        Route = "ns/rpc",
    };
}
