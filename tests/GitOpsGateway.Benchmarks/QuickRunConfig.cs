using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace GitOpsGateway.Benchmarks;

/// <summary>
/// Few iterations, so a suite finishes in minutes on a shared two-core machine, with allocations reported.
/// In-process: a separate benchmark process would rebuild the solution's projects under a generated project,
/// racing other builds in the same tree and tripping the repository's warnings-as-errors rules. The time limit
/// covers a case's setup too, and compiling 10,000 regular-expression routes takes minutes on a loaded machine.
/// </summary>
public sealed class QuickRunConfig : ManualConfig
{
    public QuickRunConfig()
    {
        AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithId("Quick"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Min, StatisticColumn.Median);
    }
}
