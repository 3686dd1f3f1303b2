using BenchmarkDotNet.Attributes;
using GitOpsGateway.Benchmarks.Synthetic;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.Routing;
using GitOpsGateway.Routing.Decisions;

namespace GitOpsGateway.Benchmarks.Router;

/// <summary>
/// Routing one request to the first and to the last of 10,000 host routes: the hostname lookup must not depend on
/// the host's position (goal: the last at least 0.95 times as fast as the first), for each path match type. The
/// regular-expression table takes a minute or more to compile and build in setup on a loaded machine.
/// </summary>
[Config(typeof(QuickRunConfig))]
[IterationCount(15)]
public class RouteLookupBenchmarks
{
    private const int Routes = 10_000;

    private CompiledRouter router = null!;
    private RouteRequest first;
    private RouteRequest last;

    [Params(PathMatchType.Exact, PathMatchType.PathPrefix, PathMatchType.RegularExpression)]
    public PathMatchType PathMatch { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        router = SyntheticTables.RouterFor(new SyntheticRepository(Routes, Routes / SyntheticRepository.Teams, PathMatch));
        SyntheticRequests.ThrowUnlessServedBy(router, 0);
        SyntheticRequests.ThrowUnlessServedBy(router, Routes - 1);
        first = SyntheticRequests.For(0);
        last = SyntheticRequests.For(Routes - 1);
    }

    [Benchmark(Baseline = true)]
    public RoutingDecision RouteFirstHost() => router.Route(in first);

    [Benchmark]
    public RoutingDecision RouteLastHost() => router.Route(in last);
}
