namespace GitOpsGateway.Benchmarks.Node;

/// <summary>
/// The CPU split on a two-core machine: the proxy under test (node or plain YARP) alone on CPU 0; wrk and the
/// backend share CPU 1. <c>taskset</c> starts each process already pinned, so .NET sizes its thread pool and GC for
/// the one CPU it gets. With a single CPU nothing is pinned.
/// </summary>
internal static class CpuPinning
{
    public const int ProxyCpu = 0;
    public const int LoadCpu = 1;

    public static bool Enabled => Environment.ProcessorCount >= 2;

    public static string Command => Enabled ? "taskset" : "env";

    public static IEnumerable<string> Arguments(int cpu, IEnumerable<string> command) =>
        Enabled ? ["-c", cpu.ToString(System.Globalization.CultureInfo.InvariantCulture), .. command] : command;

    public static string Describe() => Enabled
        ? $"proxy under test on CPU {ProxyCpu}; wrk and the backend on CPU {LoadCpu} (taskset)"
        : "not pinned (one CPU)";
}
