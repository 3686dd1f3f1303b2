using System.Globalization;

namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>
/// A process's resident memory split the way the kernel counts it (<c>/proc/PID/status</c>), in MB: anonymous (heaps,
/// stacks, native allocations), file-backed (mapped assemblies and libraries, memory-mapped Git packs) and shared memory
/// (.NET maps its JIT code twice through shared memory, so compiled code shows up there).
/// </summary>
internal sealed record ProcessMemory(double Anonymous, double File, double Shared)
{
    public double Resident => Anonymous + File + Shared;

    public static ProcessMemory Of(int processId)
    {
        var fields = System.IO.File.ReadLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status")
            .Select(line => line.Split(':', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1].Trim(), StringComparer.Ordinal);
        return new ProcessMemory(Megabytes(fields, "RssAnon"), Megabytes(fields, "RssFile"), Megabytes(fields, "RssShmem"));
    }

    private static double Megabytes(Dictionary<string, string> fields, string name) =>
        long.Parse(fields[name].Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
}
