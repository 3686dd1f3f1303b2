using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using GitOpsGateway.Benchmarks.Node;
using GitOpsGateway.Testing.Echo;
using GitOpsGateway.Testing.Git;
using GitOpsGateway.Testing.Postgres;
using GitOpsGateway.Testing.Processes;
using static GitOpsGateway.Benchmarks.Ingestion.TimingSummary;

namespace GitOpsGateway.Benchmarks.PushToServed;

/// <summary>
/// git push → served by every node, through real processes: <c>gitops-gateway control-plane</c> on the harness's
/// PostgreSQL watching a bare repository (poll interval 5 min, so only the signed GitHub webhook triggers syncs), two
/// <c>gitops-gateway data-plane</c> nodes and an echo backend. Each push changes the revision header the route sets;
/// served means a request through the node came back with it. The steps in between come from the processes' logs.
/// </summary>
internal sealed partial class PushToServedBenchmark(int pushes, TextWriter output)
{
    private const int WarmUpPushes = 2;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan ServeTimeout = TimeSpan.FromSeconds(60);

    private readonly HttpClient client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(5) }) { Timeout = TimeSpan.FromSeconds(10) };

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await MeasureAsync(cancellationToken);
        }
        finally
        {
            // Also when a step fails: the harness's PostgreSQL cluster must not outlive the run.
            await PostgresServer.StopSharedAsync(CancellationToken.None);
        }
    }

    private async Task<int> MeasureAsync(CancellationToken cancellationToken)
    {
        output.WriteLine($"push-to-served: {pushes} pushes after {WarmUpPushes} uncounted warm-up pushes (JIT), 2 nodes, webhook; load average {LoadAverage()}");
        var root = Directory.CreateTempSubdirectory("gitops-gateway-bench-push-").FullName;
        await using var database = await PostgresDatabase.CreateAsync(cancellationToken);
        using var remote = await GitRemoteRepository.CreateAsync(cancellationToken);
        await using var backend = await EchoBackend.StartAsync("web", new EchoBackendOptions { RecordRequests = false }, cancellationToken);
        var revision = 1;
        await CommitAsync(remote, backend.Port, revision, cancellationToken);
        await remote.PushAsync(cancellationToken);

        var controlPlaneAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        // Poll interval 5 min, so only the webhook triggers syncs; the steps come from the Debug events (fetch done, feed event sent).
        await using var controlPlane = ControlPlaneProcess.Start(
            database.ConnectionString, remote.BarePath, Path.Combine(root, "control-plane"), controlPlaneAddress, TimeSpan.FromMinutes(5), debugLog: true);
        var webhook = new GitHubWebhook(client, controlPlaneAddress, remote.BarePath);
        await controlPlane.WaitForHttpAsync(new Uri(controlPlaneAddress, "readyz"), StartTimeout, cancellationToken);
        var nodePorts = new[] { FreePort.Next(), FreePort.Next() };
        var nodes = new List<ProjectProcess>();
        try
        {
            for (var index = 0; index < nodePorts.Length; index++)
            {
                nodes.Add(PinnedProcesses.StartNode(controlPlaneAddress, RevisionRepository.Gateway, $"node-{index}", nodePorts[index], FreePort.Next(), Path.Combine(root, $"node-{index}"), cpu: null));
            }

            await Task.WhenAll(nodePorts.Select(port => WaitForServedAsync(port, revision, StartTimeout, cancellationToken)));
            var pushed = new List<(string Sha, TimeSpan PushedAt, TimeSpan Served)>();
            for (var push = 0; push < WarmUpPushes + pushes; push++)
            {
                revision++;
                var sha = await CommitAsync(remote, backend.Port, revision, cancellationToken);
                await remote.PushAsync(cancellationToken);
                var pushEnd = Stopwatch.GetTimestamp();
                var pushedAt = DateTime.Now.TimeOfDay;
                await webhook.SendAcceptedAsync(cancellationToken);
                var served = await Task.WhenAll(nodePorts.Select(port => WaitForServedAsync(port, revision, ServeTimeout, cancellationToken)));
                if (push >= WarmUpPushes)
                {
                    pushed.Add((sha, pushedAt, Stopwatch.GetElapsedTime(pushEnd, served.Max())));
                }
            }

            // Log lines reach this process through pipes after the requests they describe: wait for the last push's.
            var lastVersion = VersionOf(await controlPlane.WaitForLineAsync($"ingested commit {pushed[^1].Sha}", StartTimeout, cancellationToken));
            foreach (var node in nodes)
            {
                await node.WaitForLineAsync($"applied version {lastVersion} (", StartTimeout, cancellationToken);
            }

            var controlPlaneLog = new LogTimeline(controlPlane.Lines);
            var nodeLogs = nodes.Select(node => new LogTimeline(node.Lines)).ToList();
            var samples = new List<PushSample>();
            foreach (var (sha, pushedAt, served) in pushed)
            {
                var sample = Steps(controlPlaneLog, nodeLogs, pushedAt, sha, served);
                samples.Add(sample);
                output.WriteLine($"push {samples.Count,2}: {Row(sample)}");
            }

            new PushToServedReport(output).Write(samples);
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }

            Directory.Delete(root, recursive: true);
        }

        return 0;
    }

    private static PushSample Steps(LogTimeline controlPlane, IReadOnlyList<LogTimeline> nodes, TimeSpan pushedAt, string sha, TimeSpan served)
    {
        var after = pushedAt - TimeSpan.FromMilliseconds(1);
        var shortSha = sha[..7];
        var ingested = controlPlane.FirstText(after, "ingested commit ", shortSha);
        var version = ingested is null ? null : VersionOf(ingested);
        double? Since(TimeSpan? at) => at is { } time ? (time - pushedAt).TotalMilliseconds : null;
        double? Latest(IEnumerable<TimeSpan?> times) => times.All(time => time is not null) ? Since(times.Max()) : null;
        return new PushSample(
            WebhookReceived: Since(controlPlane.First(after, "Webhook ", ": push to ")),
            FetchDone: Since(controlPlane.First(after, "fetched branch", shortSha)),
            IngestCommitted: Since(controlPlane.First(after, "ingested commit ", shortSha)),
            VersionPublished: version is null ? null : Since(controlPlane.First(after, $"version {version} is active for nodes")),
            FeedEventSent: version is null ? null : Latest(Enumerable.Range(0, nodes.Count).Select(index => controlPlane.First(after, $"Sent version {version} (", $"node node-{index}"))),
            NodeApplied: version is null ? null : Latest(nodes.Select(node => node.First(after, $"applied version {version} ("))),
            ServedByEveryNode: served.TotalMilliseconds)
        {
            CommitSteps = controlPlane.FirstText(after, shortSha, " read in ") is { } steps && CommitStepTimes().Match(steps) is { Success: true } times
                ? (double.Parse(times.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(times.Groups[2].Value, CultureInfo.InvariantCulture))
                : null,
        };
    }

    [GeneratedRegex(@"read in (\d+) ms, ingested in (\d+) ms")]
    private static partial Regex CommitStepTimes();

    /// <summary>The version number at the end of the control plane's "ingested commit" line.</summary>
    private static string VersionOf(string ingestedLine) =>
        ingestedLine[(ingestedLine.LastIndexOf("version ", StringComparison.Ordinal) + "version ".Length)..].TrimEnd(')');

    private static string Row(PushSample sample) => string.Join(", ",
        $"webhook {Text(sample.WebhookReceived)}", $"fetched {Text(sample.FetchDone)}", $"ingested {Text(sample.IngestCommitted)}",
        $"published {Text(sample.VersionPublished)}", $"sent {Text(sample.FeedEventSent)}", $"applied {Text(sample.NodeApplied)}",
        $"served by both {sample.ServedByEveryNode:F0} ms");

    private static string Text(double? milliseconds) => milliseconds is { } value ? value.ToString("F0", CultureInfo.InvariantCulture) : "?";

    private static async Task<string> CommitAsync(GitRemoteRepository remote, int backendPort, int revision, CancellationToken cancellationToken)
    {
        foreach (var (path, content) in RevisionRepository.Files(backendPort, revision))
        {
            remote.WriteFile(path, content);
        }

        return await remote.CommitAsync($"Revision {revision}", cancellationToken: cancellationToken);
    }

    /// <summary>Polls the node every 5 ms until it forwards with the revision; returns the <see cref="Stopwatch"/> timestamp of that answer.</summary>
    private async Task<long> WaitForServedAsync(int port, int revision, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var expected = revision.ToString(CultureInfo.InvariantCulture);
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(5));
        while (Stopwatch.GetTimestamp() < deadline)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://127.0.0.1:{port}/"));
            request.Headers.Host = RevisionRepository.Host;
            try
            {
                using var response = await client.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode && (await EchoResponse.ReadAsync(response, cancellationToken)).Header(RevisionRepository.RevisionHeader) == expected)
                {
                    return Stopwatch.GetTimestamp();
                }
            }
            catch (HttpRequestException)
            {
                // The node is not listening yet.
            }

            await poll.WaitForNextTickAsync(cancellationToken);
        }

        throw new TimeoutException($"The node on port {port} did not serve revision {revision} within {timeout}.");
    }
}
