using System.Collections.Concurrent;
using GitOpsGateway.RouteTables;
using GitOpsGateway.Routing;

namespace GitOpsGateway.Benchmarks.Synthetic;

/// <summary>
/// Compiled tables and routers of synthetic repositories, kept for the process: BenchmarkDotNet runs each case's
/// setup again, and in-process cases may share what a previous case already compiled.
/// </summary>
internal static class SyntheticTables
{
    private static readonly ConcurrentDictionary<SyntheticRepository, Lazy<RouteTable>> Tables = new();
    private static readonly ConcurrentDictionary<SyntheticRepository, Lazy<CompiledRouter>> Routers = new();

    public static RouteTable For(SyntheticRepository repository) =>
        Tables.GetOrAdd(repository, key => new Lazy<RouteTable>(() => CompiledSynthetic.Table(key))).Value;

    public static CompiledRouter RouterFor(SyntheticRepository repository) =>
        Routers.GetOrAdd(repository, key => new Lazy<CompiledRouter>(() => CompiledRouter.Build(For(key)))).Value;
}
