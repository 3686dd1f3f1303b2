using System.Globalization;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>
/// The .NET diagnostics tools pinned in the repository's tool manifest (<c>dotnet-tools.json</c>; <c>dotnet tool
/// restore</c> installs them), run against a live process through its diagnostics port: <c>dotnet-gcdump</c> (a heap
/// snapshot, which forces a full blocking collection first) and <c>dotnet-counters</c> (the <c>System.Runtime</c> meter).
/// </summary>
internal static class DiagnosticsTools
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Writes a heap snapshot of <paramref name="processId"/> to <paramref name="path"/> and returns its report.</summary>
    public static async Task<GcHeapReport> HeapAfterFullCollectionAsync(int processId, string path, CancellationToken cancellationToken)
    {
        await RunAsync(["dotnet-gcdump", "collect", "-p", Text(processId), "-o", path], cancellationToken);
        return GcHeapReport.Parse(await RunAsync(["dotnet-gcdump", "report", path], cancellationToken));
    }

    /// <summary>Reads the runtime's counters for a few seconds (two refreshes) and keeps the last values.</summary>
    public static async Task<RuntimeCounters> RuntimeCountersAsync(int processId, string path, CancellationToken cancellationToken)
    {
        await RunAsync(
            ["dotnet-counters", "collect", "-p", Text(processId), "--counters", "System.Runtime", "--refresh-interval", "2", "--duration", "00:00:00:05", "--format", "csv", "-o", path],
            cancellationToken);
        return RuntimeCounters.Parse(await File.ReadAllTextAsync(path, cancellationToken));
    }

    private static async Task<string> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        await using var tool = ProjectProcess.Start("dotnet", arguments, new ProjectProcessOptions { WorkingDirectory = RepositoryRoot.Find() });
        var exitCode = await tool.WaitForExitAsync(ToolTimeout, cancellationToken);
        return exitCode == 0
            ? tool.Output
            : throw new InvalidOperationException($"`{tool.CommandLine}` exited with {exitCode} (`dotnet tool restore` installs the tools): {tool.Output}");
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
