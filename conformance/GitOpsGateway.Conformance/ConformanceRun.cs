using GitOpsGateway.Conformance.Cluster;
using GitOpsGateway.Conformance.Report;
using GitOpsGateway.Conformance.Upstream;

namespace GitOpsGateway.Conformance;

/// <summary>
/// The cluster every test runs against and the results log; once the run ends it writes the ConformanceReport to
/// TestResults/ beside the assembly, and to the path in <see cref="ReportPathVariable"/> when set (conformance/run).
/// </summary>
public sealed class ConformanceRun : IAsyncLifetime
{
    public const string ReportPathVariable = "GITOPS_GATEWAY_CONFORMANCE_REPORT";

    public ConformanceCluster Cluster { get; } = new();

    public ResultLog Results { get; } = new();

    public ValueTask InitializeAsync() => Cluster.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        var results = Results.Snapshot();
        if (results.Count == 0)
        {
            return;
        }

        var report = ConformanceReportWriter.Write(results, ConformancePlan.Current.SupportedFeatures, await ImplementationVersion.CurrentAsync(CancellationToken.None), DateTimeOffset.UtcNow);
        var local = Path.Combine(AppContext.BaseDirectory, "TestResults", UpstreamSuite.Version + "-report.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(local)!);
        await File.WriteAllTextAsync(local, report);
        if (Environment.GetEnvironmentVariable(ReportPathVariable) is { Length: > 0 } target)
        {
            await File.WriteAllTextAsync(target, report);
        }
    }
}
