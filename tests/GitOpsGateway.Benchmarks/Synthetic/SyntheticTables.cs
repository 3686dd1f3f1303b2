using GitOpsGateway.RouteTables;
using GitOpsGateway.Routing;

namespace GitOpsGateway.Benchmarks.Synthetic;

/// <summary>
/// The most recently compiled tables and router of synthetic repositories: BenchmarkDotNet runs each case's setup
/// again, and consecutive in-process cases of one shape share what the first compiled. Only the last few are
/// kept: a router of 10,000 regular expressions holds gigabytes, and each full collection BenchmarkDotNet forces
/// between iterations would scan them (it made a run ten times slower).
/// </summary>
internal static class SyntheticTables
{
    private const int KeptTables = 2;

    private static readonly Lock Gate = new();
    private static readonly List<KeyValuePair<SyntheticRepository, RouteTable>> Tables = [];
    private static KeyValuePair<SyntheticRepository, CompiledRouter>? router;

    public static RouteTable For(SyntheticRepository repository)
    {
        lock (Gate)
        {
            foreach (var (key, table) in Tables)
            {
                if (key == repository)
                {
                    return table;
                }
            }

            if (Tables.Count == KeptTables)
            {
                Tables.RemoveAt(0);
            }

            var compiled = CompiledSynthetic.Table(repository);
            Tables.Add(new(repository, compiled));
            return compiled;
        }
    }

    public static CompiledRouter RouterFor(SyntheticRepository repository)
    {
        lock (Gate)
        {
            if (router is { } kept && kept.Key == repository)
            {
                return kept.Value;
            }

            router = null;
            var built = CompiledRouter.Build(For(repository));
            router = new(repository, built);
            return built;
        }
    }
}
