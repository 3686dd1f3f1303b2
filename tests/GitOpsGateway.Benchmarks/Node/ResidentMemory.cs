using System.Globalization;

namespace GitOpsGateway.Benchmarks.Node;

/// <summary>A process's resident set size as the kernel reports it (<c>VmRSS</c> in <c>/proc/PID/status</c>).</summary>
internal static class ResidentMemory
{
    public static double MegabytesOf(int processId)
    {
        var line = File.ReadLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status")
            .First(text => text.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kilobytes / 1024.0;
    }
}
