using GitOpsGateway.Benchmarks.PushToServed;
using GitOpsGateway.Testing.Echo;
using GitOpsGateway.Testing.Git;
using GitOpsGateway.Testing.Postgres;
using GitOpsGateway.Testing.Processes;
using Npgsql;
using static GitOpsGateway.Benchmarks.Ingestion.TimingSummary;

namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>
/// Load with faults, through real processes on loopback: a PostgreSQL server of the run's own, <c>gitops-gateway
/// control-plane</c> watching a bare repository (webhook on each push, polling every 30 s as the fallback), one
/// <c>gitops-gateway data-plane</c> node and two echo backends. wrk (bounded rate) and a probe send to the route every
/// version has while a commit swaps the table every few seconds; at 40 % the node restarts (SIGTERM, start again), at
/// 60 % PostgreSQL goes down for a while. Failures, swaps, push → served, RSS and heap snapshots (<see cref="HeapSampler"/>)
/// are reported (<see cref="SoakReport"/>).
/// A process that dies stops the run with that as its finding.
/// </summary>
internal sealed class SoakBenchmark(SoakOptions options, TextWriter output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan ServeTimeout = TimeSpan.FromSeconds(60);

    /// <summary>After the restarted node is ready, requests may still meet the old process's closed connections.</summary>
    private static readonly TimeSpan RestartGrace = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(250);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        output.WriteLine($"soak: {options.Minutes} min, a commit every {options.SwapEverySeconds} s, node restart at {SoakClock.Format(options.NodeRestartAt)}, " +
            $"database down {options.DatabaseOutageSeconds} s at {SoakClock.Format(options.DatabaseOutageAt)}, wrk ≤ {options.RequestsPerSecond} rps on {options.Connections} connections; " +
            $"load average {LoadAverage()}");
        var server = await PostgresServer.StartAsync(cancellationToken);
        try
        {
            if (!server.CanInterrupt)
            {
                throw new InvalidOperationException(
                    $"The soak restarts PostgreSQL, which needs a throwaway local cluster (postgresql-15 binaries); unset {PostgresServer.ConnectionStringVariable} and stop Docker's.");
            }

            var result = await SoakAsync(server, await CreateDatabaseAsync(server, cancellationToken), cancellationToken);
            new SoakReport(output).Write(result);
            return result.Aborted is null ? 0 : 1;
        }
        finally
        {
            await server.StopAsync(CancellationToken.None);
        }
    }

    private async Task<SoakResult> SoakAsync(PostgresServer server, string database, CancellationToken cancellationToken)
    {
        var root = Directory.CreateTempSubdirectory("gitops-gateway-bench-soak-").FullName;
        try
        {
            return await SoakInAsync(root, server, database, cancellationToken);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private async Task<SoakResult> SoakInAsync(string root, PostgresServer server, string database, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var remote = await GitRemoteRepository.CreateAsync(cancellationToken);
        await using var web = await EchoBackend.StartAsync("web", new EchoBackendOptions { RecordRequests = false }, cancellationToken);
        await using var canary = await EchoBackend.StartAsync("web-canary", new EchoBackendOptions { RecordRequests = false }, cancellationToken);
        var controlPlaneAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var clock = new SoakClock();
        var pusher = new SwapPusher(clock, remote, new GitHubWebhook(client, controlPlaneAddress, remote.BarePath), web.Port, canary.Port);
        await pusher.CommitFirstAsync(cancellationToken);
        await using var controlPlane = ControlPlaneProcess.Start(
            database, remote.BarePath, Path.Combine(root, "control-plane"), controlPlaneAddress, TimeSpan.FromSeconds(30), debugLog: false);
        await controlPlane.WaitForHttpAsync(new Uri(controlPlaneAddress, "readyz"), StartTimeout, cancellationToken);
        await using var node = new RestartableNode(controlPlaneAddress, Path.Combine(root, "node"));
        await node.StartAsync(cancellationToken);
        return await MeasureAsync(server, controlPlane, node, pusher, clock, cancellationToken);
    }

    private async Task<SoakResult> MeasureAsync(
        PostgresServer server, ProjectProcess controlPlane, RestartableNode node, SwapPusher pusher, SoakClock clock, CancellationToken cancellationToken)
    {
        var startedUtc = DateTimeOffset.UtcNow;
        var loadAtStart = LoadAverage();
        using var stopPushing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var stopMeasuring = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var probe = new ServingProbe(clock, () => node.Port);
        var load = new BoundedLoad(clock, options, () => node.Port);
        var sampler = new ResourceSampler(clock, () => node.Current, controlPlane);
        var heaps = new HeapSampler(clock, options, () => node.Current, controlPlane, Directory.CreateTempSubdirectory("gitops-gateway-soak-heaps-").FullName);
        var measuring = new[] { probe.RunAsync(stopMeasuring.Token), load.RunAsync(stopMeasuring.Token), sampler.RunAsync(stopMeasuring.Token), heaps.RunAsync(stopMeasuring.Token) };
        var pushing = pusher.RunAsync(options.SwapEvery, stopPushing.Token);
        var watch = new Func<string?>(() =>
            controlPlane.HasExited ? $"the control plane exited with code {controlPlane.ExitCode} at {SoakClock.Format(clock.Now)}"
            : !node.Restarting && node.Current.HasExited ? $"the node exited with code {node.Current.ExitCode} at {SoakClock.Format(clock.Now)}"
            : measuring.Append(pushing).FirstOrDefault(task => task.IsFaulted) is { } failed ? $"the harness failed: {failed.Exception!.InnerException!.Message}"
            : null);

        TimeWindow? restart = null, outage = null;
        string? restartOutcome = null, aborted = null;
        TimeSpan? lastServed = null;
        try
        {
            await WatchUntilAsync(clock, options.NodeRestartAt, watch, cancellationToken);
            var signalled = clock.Now;
            restartOutcome = await node.RestartAsync(clock, cancellationToken);
            restart = new TimeWindow(signalled, clock.Now + RestartGrace);
            output.WriteLine($"{SoakClock.Format(signalled)} node restart: {restartOutcome}");

            await WatchUntilAsync(clock, options.DatabaseOutageAt, watch, cancellationToken);
            var interrupted = clock.Now;
            await server.InterruptAsync(cancellationToken);
            try
            {
                await WatchUntilAsync(clock, interrupted + options.DatabaseOutage, watch, cancellationToken);
            }
            finally
            {
                await server.ResumeAsync(CancellationToken.None);
                outage = new TimeWindow(interrupted, clock.Now);
                output.WriteLine($"{SoakClock.Format(interrupted)} database outage: {outage}");
            }

            await WatchUntilAsync(clock, options.Duration, watch, cancellationToken);
            await stopPushing.CancelAsync();
            await pushing;
            var deadline = clock.Now + ServeTimeout;
            while (probe.Newest < pusher.Revision && clock.Now < deadline)
            {
                await WatchUntilAsync(clock, clock.Now + WatchInterval, watch, cancellationToken);
            }

            lastServed = probe.FirstServed(pusher.Revision);
            await heaps.SnapshotAsync(cancellationToken);
        }
        catch (Exception failure) when (failure is SoakAbortedException or TimeoutException or InvalidOperationException or ExternalCommandException)
        {
            // A process that died or never came back (the restarted node, PostgreSQL): the finding, reported with the rest.
            aborted = failure.Message;
            output.WriteLine($"ABORTED: {aborted}");
        }

        var length = clock.Now;
        await stopPushing.CancelAsync();
        await stopMeasuring.CancelAsync();
        await Task.WhenAll(measuring.Append(pushing).Select(task => task.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default)));
        var pushes = pusher.Pushes;
        return new SoakResult
        {
            Options = options,
            StartedUtc = startedUtc,
            Length = length,
            LoadAverageAtStart = loadAtStart,
            LoadAverageAtEnd = LoadAverage(),
            NodeRestart = restart,
            NodeRestartOutcome = restartOutcome,
            DatabaseOutage = outage,
            Aborted = aborted,
            LastRevision = pusher.Revision,
            LastRevisionServed = lastServed,
            Segments = load.Segments,
            ProbeRequests = probe.Sent,
            ProbeFailures = probe.Failures,
            Regressions = probe.Regressions,
            Pushes = pushes,
            Served = [.. pushes.Select(push => (push, served: probe.FirstServed(push.Revision)))
                .Where(pair => pair.served is not null)
                .Select(pair => (pair.push, pair.served!.Value - pair.push.PushedAt))],
            VersionsIngested = controlPlane.Lines.Count(line => line.Contains("ingested commit ", StringComparison.Ordinal)),
            VersionsApplied = node.AppliedVersions().Count,
            Samples = sampler.Samples,
            HeapSnapshots = heaps.Snapshots,
            HeapFolder = heaps.Folder,
            ControlPlane = controlPlane,
        };
    }

    /// <summary>Waits until <paramref name="until"/>, checking every 250 ms that every process is alive and the harness is running.</summary>
    private static async Task WatchUntilAsync(SoakClock clock, TimeSpan until, Func<string?> watch, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (watch() is { } death)
            {
                throw new SoakAbortedException(death);
            }

            var left = until - clock.Now;
            if (left <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(left < WatchInterval ? left : WatchInterval, cancellationToken);
        }
    }

    private static async Task<string> CreateDatabaseAsync(PostgresServer server, CancellationToken cancellationToken)
    {
        await using (var connection = new NpgsqlConnection(server.AdminConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("CREATE DATABASE soak", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(server.AdminConnectionString) { Database = "soak" }.ConnectionString;
    }
}
