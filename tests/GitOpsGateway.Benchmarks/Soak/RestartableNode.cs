using System.Globalization;
using System.Text.RegularExpressions;
using GitOpsGateway.Benchmarks.Node;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>
/// The <c>gitops-gateway data-plane</c> node under soak: the same ports and state directory across a restart (SIGTERM,
/// then a new process that starts from its last-known-good table), and the versions every one of its processes applied.
/// </summary>
internal sealed partial class RestartableNode(Uri controlPlane, string stateDirectory) : IAsyncDisposable
{
    private const string NodeId = "soak-node";
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(120);

    private readonly List<ProjectProcess> processes = [];
    private volatile ProjectProcess? current;

    public int Port { get; } = FreePort.Next();

    public int AdminPort { get; } = FreePort.Next();

    public ProjectProcess Current => current ?? throw new InvalidOperationException("The node is not started.");

    /// <summary>True from SIGTERM until the new process is ready: its exit then is the test's doing, not a death.</summary>
    public bool Restarting { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var process = PinnedProcesses.StartNode(controlPlane, SoakRepository.Gateway, NodeId, Port, AdminPort, stateDirectory, cpu: null);
        processes.Add(process);
        current = process;
        await process.WaitForHttpAsync(new Uri($"http://127.0.0.1:{AdminPort.ToString(CultureInfo.InvariantCulture)}/readyz"), ReadyTimeout, cancellationToken);
    }

    /// <summary>SIGTERM, wait for the exit (SIGKILL after 30 s), start again; returns how it went, in words.</summary>
    public async Task<string> RestartAsync(SoakClock clock, CancellationToken cancellationToken)
    {
        Restarting = true;
        var signalled = clock.Now;
        Current.Terminate();
        string exit;
        try
        {
            var code = await Current.WaitForExitAsync(StopTimeout, cancellationToken);
            exit = $"exited with code {code} {(clock.Now - signalled).TotalSeconds:F1} s after SIGTERM";
        }
        catch (TimeoutException)
        {
            Current.Kill();
            exit = $"DID NOT EXIT within {StopTimeout.TotalSeconds:F0} s of SIGTERM (killed)";
        }

        var started = clock.Now;
        await StartAsync(cancellationToken);
        Restarting = false;
        return $"{exit}; the new process was ready (/readyz 200) {(clock.Now - started).TotalSeconds:F1} s after it started";
    }

    /// <summary>Every version any of the node's processes logged as applied.</summary>
    public IReadOnlySet<long> AppliedVersions() =>
        processes.SelectMany(process => process.Lines)
            .Select(line => AppliedVersion().Match(line))
            .Where(match => match.Success)
            .Select(match => long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
            .ToHashSet();

    public async ValueTask DisposeAsync()
    {
        foreach (var process in processes)
        {
            await process.DisposeAsync();
        }
    }

    [GeneratedRegex(@"applied version (\d+) \(")]
    private static partial Regex AppliedVersion();
}
