using BenchmarkDotNet.Attributes;
using GitOpsGateway.Benchmarks.Synthetic;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.Routing;

namespace GitOpsGateway.Benchmarks.Router;

/// <summary>
/// Building the data plane's matcher for a compiled table of host routes, one rule each: from nothing
/// (<see cref="BuildCold"/>, a node's start) and as a swap that reuses the previous router's compiled patterns
/// after one route changed (<see cref="BuildReusingPrevious"/>, part of the 100 ms swap budget for 10,000
/// routes). A cold build constructs every regular expression, so that case is priced on 1,000 routes.
/// </summary>
[Config(typeof(QuickRunConfig))]
public class RouterBuildBenchmarks
{
    private RouteTable table = null!;
    private RouteTable changed = null!;
    private CompiledRouter previous = null!;

    [ParamsSource(nameof(Shapes))]
    public TableShape Shape { get; set; } = null!;

    public static IEnumerable<TableShape> Shapes() =>
        [new(10_000, PathMatchType.Exact), new(10_000, PathMatchType.PathPrefix), new(1_000, PathMatchType.RegularExpression)];

    [GlobalSetup]
    public void Setup()
    {
        var repository = Shape.Repository;
        table = SyntheticTables.For(repository);
        changed = SyntheticTables.For(repository with { ChangedRoute = Shape.Routes / 2 });
        if (changed == table)
        {
            throw new InvalidOperationException("The changed route did not change the table.");
        }

        previous = SyntheticTables.RouterFor(repository);
        SyntheticRequests.ThrowUnlessServedBy(CompiledRouter.Build(changed, previous), Shape.Routes - 1);
    }

    [Benchmark(Baseline = true)]
    public CompiledRouter BuildCold() => CompiledRouter.Build(table);

    [Benchmark]
    public CompiledRouter BuildReusingPrevious() => CompiledRouter.Build(changed, previous);
}
