using System.Globalization;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Benchmarks.Node;

/// <summary>Starts the processes of the node scenarios on their CPUs (<see cref="CpuPinning"/>).</summary>
internal static class PinnedProcesses
{
    /// <summary>This benchmark's own executable in a child process: <c>fixed-backend</c> or <c>yarp-baseline</c>.</summary>
    public static ProjectProcess StartBenchmarkCommand(int cpu, params string[] arguments) =>
        Start(cpu, [typeof(PinnedProcesses).Assembly.Location, .. arguments], new ProjectProcessOptions());

    /// <summary><c>gitops-gateway data-plane</c> from the Host project's build in this benchmark's configuration.</summary>
    public static ProjectProcess StartNode(Uri controlPlane, string gateway, string nodeId, int httpPort, int adminPort, string stateDirectory, int? cpu)
    {
        var host = Path.Combine(RepositoryRoot.Find(), "src", "GitOpsGateway.Host", "bin", ProjectProcess.BuildConfiguration, "net10.0", "gitops-gateway.dll");
        if (!File.Exists(host))
        {
            throw new FileNotFoundException($"Build the node first: dotnet build src/GitOpsGateway.Host/GitOpsGateway.Host.csproj -c {ProjectProcess.BuildConfiguration}", host);
        }

        string[] command =
        [
            host, "data-plane",
            "--control-plane", controlPlane.ToString(),
            "--gateway", gateway,
            "--node-id", nodeId,
            "--ports", "80=" + Text(httpPort),
            "--bind-address", "127.0.0.1",
            "--admin-port", Text(adminPort),
            "--state-directory", stateDirectory,
        ];
        var options = new ProjectProcessOptions
        {
            Environment = new Dictionary<string, string?>
            {
                ["GITOPS_GATEWAY_NODE_TOKEN"] = FeedHost.NodeToken,

                // As dev mode sets it: with the shipped appsettings.json, YARP logs two Information lines per
                // forwarded request, which halves the node's rate (docs/benchmarks.md).
                ["Logging__LogLevel__Yarp"] = "Warning",
            },
        };
        return cpu is { } pinned ? Start(pinned, command, options) : ProjectProcess.Start(DotnetHost, command, options);
    }

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The dotnet host running this benchmark, so children use the same runtime (PATH's when run as an apphost).</summary>
    private static string DotnetHost =>
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";

    private static ProjectProcess Start(int cpu, IEnumerable<string> command, ProjectProcessOptions options) =>
        ProjectProcess.Start(CpuPinning.Command, CpuPinning.Arguments(cpu, [DotnetHost, .. command]), options);
}
