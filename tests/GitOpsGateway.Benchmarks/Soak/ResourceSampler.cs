using System.Globalization;
using GitOpsGateway.Benchmarks.Node;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>Every 10 s: the node's and the control plane's RSS from <c>/proc</c>, and the load average.</summary>
internal sealed class ResourceSampler(SoakClock clock, Func<ProjectProcess> node, ProjectProcess controlPlane)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly Lock gate = new();
    private readonly List<ResourceSample> samples = [];

    public IReadOnlyList<ResourceSample> Samples { get { lock (gate) { return [.. samples]; } } }

    public async Task RunAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                var sample = new ResourceSample(clock.Now, Rss(node()), Rss(controlPlane), LoadAverage());
                lock (gate)
                {
                    samples.Add(sample);
                }
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over.
        }
    }

    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    private static double? Rss(ProjectProcess process)
    {
        try
        {
            return process.HasExited ? null : ResidentMemory.MegabytesOf(process.Id);
        }
        catch (Exception gone) when (gone is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // The process ended between the check and the read (the node's restart).
            return null;
        }
    }
}
