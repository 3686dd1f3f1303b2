using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using GitOpsGateway.Testing.Echo;
using GitOpsGateway.Testing.Git;
using GitOpsGateway.Testing.Manifests;
using GitOpsGateway.Testing.Nodes;
using GitOpsGateway.Testing.Postgres;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.FaultInjection.Tests.Support;

/// <summary>
/// A whole installation that a test may break: a PostgreSQL server of its own (so it can be interrupted), one
/// database, a bare repository serving <c>shop.example.com</c> from an echo backend, the real control plane on a
/// fixed port (a restart keeps it, so nodes reconnect) and one real node. Each revision sets <c>X-Revision: N</c>.
/// </summary>
internal sealed class FaultCluster : IAsyncDisposable
{
    public const string NodeToken = "fault-node-token-0123456789";
    public const string Gateway = "shop/edge";
    public const string Host = ShopManifests.Host;
    public const string RevisionHeader = "X-Revision";
    public const string Folder = ControlPlaneOptions.DefaultFolder;
    public const string RouteFile = Folder + "/route.yaml";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly List<ControlPlaneProcess> replicas = [];
    private readonly List<string> pushed = [];
    private ControlPlaneProcess? controlPlane;
    private DataPlaneInstance? node;

    private FaultCluster(string root, PostgresServer server, PostgresDatabase database, GitRemoteRepository remote, EchoBackend backend)
    {
        Root = root;
        Server = server;
        Database = database;
        Remote = remote;
        Backend = backend;
        ControlPlaneState = Path.Combine(root, "control-plane");
        NodeState = Path.Combine(root, "node");
        Directory.CreateDirectory(NodeState);
    }

    public string Root { get; }

    public PostgresServer Server { get; }

    public PostgresDatabase Database { get; }

    public GitRemoteRepository Remote { get; }

    public EchoBackend Backend { get; }

    public int ControlPlanePort { get; } = FreePort.Next();

    public int NodePort { get; } = FreePort.Next();

    public int NodeAdminPort { get; } = FreePort.Next();

    public string ControlPlaneState { get; }

    /// <summary>The node's state folder, where it keeps its last-known-good table (kept across restarts).</summary>
    public string NodeState { get; }

    /// <summary>What the control plane fetches: the bare repository's path unless a test serves it another way.</summary>
    public string RepositoryLocation { get; set; } = string.Empty;

    /// <summary>Extra environment of the control plane process (e.g. SSL_CERT_FILE for a test's own HTTPS remote).</summary>
    public Dictionary<string, string> ControlPlaneEnvironment { get; } = [];

    public int Revision { get; private set; }

    /// <summary>Every commit pushed so far, oldest first.</summary>
    public IReadOnlyList<string> Pushed => pushed;

    public ControlPlaneProcess ControlPlane => controlPlane ?? throw new InvalidOperationException("The control plane is stopped.");

    public DataPlaneInstance Node => node ?? throw new InvalidOperationException("The node is stopped.");

    public Uri ControlPlaneUrl => new($"http://127.0.0.1:{ControlPlanePort}/");

    /// <summary>Database, repository with revision 1 pushed, echo backend; no process yet.</summary>
    public static async Task<FaultCluster> CreateAsync()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var root = Directory.CreateTempSubdirectory("gitops-gateway-faults-").FullName;
        var server = await PostgresServer.StartAsync(cancellation);
        var database = await PostgresDatabase.CreateAsync(server, cancellation);
        var remote = await GitRemoteRepository.CreateAsync(cancellation);
        var backend = await EchoBackend.StartAsync("web", new EchoBackendOptions { RecordRequests = false }, cancellation);
        var cluster = new FaultCluster(root, server, database, remote, backend) { RepositoryLocation = remote.BarePath };
        remote.WriteFile($"{Folder}/gateway.yaml", ShopManifests.GatewayClassAndGateway);
        remote.WriteFile($"{Folder}/backend.yaml", ServiceManifests.LocalService("shop", "web", backend.Port));
        await cluster.PushRevisionAsync();
        return cluster;
    }

    /// <summary>The whole installation, serving revision 1 through the node.</summary>
    public static async Task<FaultCluster> StartAsync()
    {
        var cluster = await CreateAsync();
        try
        {
            await cluster.StartControlPlaneAsync();
            cluster.StartNode();
            await cluster.WaitForServedAsync(cluster.Revision);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Writes the next revision of the route, commits and pushes it; returns the commit.</summary>
    public async Task<string> PushRevisionAsync()
    {
        Revision++;
        Remote.WriteFile(RouteFile, RevisionRoute(Revision));
        return await CommitAndPushAsync($"Revision {Revision}");
    }

    public static string RevisionRoute(int revision) => ShopManifests.RevisionRoute(RevisionHeader, revision);

    /// <summary>Commits whatever the working clone holds and pushes it; returns the commit.</summary>
    public async Task<string> CommitAndPushAsync(string message)
    {
        var sha = await Remote.CommitAsync(message, cancellationToken: TestContext.Current.CancellationToken);
        await Remote.PushAsync(TestContext.Current.CancellationToken);
        pushed.Add(sha);
        return sha;
    }

    public ControlPlaneOptions OptionsFor(int? port) => new()
    {
        Database = Database.ConnectionString,
        Repository = RepositoryLocation,
        Port = port,
        PollInterval = TimeSpan.FromMilliseconds(300),
        Settings = new Dictionary<string, string> { ["NODETOKENS"] = NodeTokenEntries.For(NodeToken) },
        Environment = new Dictionary<string, string>(ControlPlaneEnvironment),
    };

    /// <summary>Starts the control plane on its fixed port and state folder (as after a restart) and waits until it is ready.</summary>
    public async Task StartControlPlaneAsync()
    {
        controlPlane = await ControlPlaneProcess.StartAsync(OptionsFor(ControlPlanePort), ControlPlaneState);
        replicas.Add(controlPlane);
    }

    /// <summary>Another control-plane replica on the same database and repository, with its own port and folder.</summary>
    public async Task<ControlPlaneProcess> StartReplicaAsync(IReadOnlyDictionary<string, string> environment)
    {
        var options = OptionsFor(null) with { Environment = environment };
        var replica = await ControlPlaneProcess.StartAsync(options, Path.Combine(Root, "replica-" + replicas.Count.ToString(CultureInfo.InvariantCulture)));
        replicas.Add(replica);
        return replica;
    }

    /// <summary>Stops a replica started by <see cref="StartReplicaAsync"/> (kill -9).</summary>
    public async Task StopReplicaAsync(ControlPlaneProcess replica)
    {
        if (replicas.Remove(replica))
        {
            await replica.DisposeAsync();
        }
    }

    /// <summary>kill -9 of the control plane: no chance to finish what it was doing.</summary>
    public async Task KillControlPlaneAsync()
    {
        if (controlPlane is not null)
        {
            controlPlane.Process.Kill();
            await controlPlane.Process.WaitForExitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
            replicas.Remove(controlPlane);
            await controlPlane.DisposeAsync();
            controlPlane = null;
        }
    }

    public DataPlaneInstance StartNode(Uri? following = null)
    {
        node = DataPlaneInstance.Start(following ?? ControlPlaneUrl, NodeToken, Gateway, "node-a", NodeState, NodePort, NodeAdminPort);
        return node;
    }

    /// <summary>kill -9 of the node; its state folder stays, as a disk would.</summary>
    public async Task KillNodeAsync()
    {
        if (node is not null)
        {
            await node.DisposeAsync();
            node = null;
        }
    }

    public TrafficProbe StartTraffic() => TrafficProbe.Start(NodePort, Host);

    /// <summary>The status the node answers for the route's host, or null when it does not answer.</summary>
    public async Task<HttpStatusCode?> RouteStatusAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://127.0.0.1:{NodePort}/"));
        request.Headers.Host = Host;
        try
        {
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            return response.StatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    public Task WaitForServedAsync(int revision, TimeSpan? timeout = null) =>
        Node.WaitForServedAsync(Host, RevisionHeader, revision.ToString(CultureInfo.InvariantCulture), timeout ?? StartTimeout, TimeSpan.FromMilliseconds(100));

    /// <summary>Every process of the installation that should be running is running.</summary>
    public void AssertAlive()
    {
        foreach (var process in replicas.Where(replica => replica == controlPlane).Select(replica => replica.Process).Append(node?.Process).OfType<ProjectProcess>())
        {
            Assert.False(process.HasExited, $"`{process.CommandLine}` died (exit {(process.HasExited ? process.ExitCode : 0)}):\n{Tail(process)}");
        }
    }

    /// <summary>
    /// Waits until <paramref name="sha"/> is ingested (time travel knows it) or visibly failed (the source's listing
    /// or rejections name it, beyond the tip it saw); returns which, or fails naming what the API said.
    /// </summary>
    public async Task<string> WaitForIngestedOrVisiblyFailedAsync(string sha, TimeSpan? timeout = null, ControlPlaneProcess? through = null)
    {
        var outcome = string.Empty;
        var lastAnswer = string.Empty;
        try
        {
            await Eventually.WaitForAsync(
                async () =>
                {
                    var admin = through ?? ControlPlane;
                    using var response = await admin.Admin.GetAsync(new Uri($"/api/v1/versions/at?commit={sha}", UriKind.Relative), TestContext.Current.CancellationToken);
                    if (response.IsSuccessStatusCode)
                    {
                        outcome = "ingested";
                        return true;
                    }

                    var evidence = await SourceEvidenceAsync(admin);
                    lastAnswer = string.Join('\n', evidence.Select(node => node.ToJsonString()));
                    if (evidence[0].AsArray().Any(source => (string?)source!["lastIngestedSha"] == sha))
                    {
                        // Time travel may lag the listing by a moment; the listing already says it.
                        outcome = "ingested";
                        return true;
                    }

                    // The tip it saw and the last commit it ingested name commits without saying anything failed.
                    if (evidence.Any(node => JsonText.Strings(node, "lastSeenTip", "lastIngestedSha").Any(text => text.Contains(sha, StringComparison.Ordinal))))
                    {
                        outcome = "visibly failed";
                        return true;
                    }

                    return false;
                },
                $"commit {sha} to be ingested or visibly failed",
                timeout ?? TimeSpan.FromSeconds(90),
                TimeSpan.FromMilliseconds(200));
        }
        catch (TimeoutException timeout2)
        {
            throw new TimeoutException($"{timeout2.Message} The source said: {lastAnswer}", timeout2);
        }

        return outcome;
    }

    /// <summary>What the admin API says about the sources: the listing and, where the endpoint exists, each source's rejections.</summary>
    public async Task<IReadOnlyList<JsonNode>> SourceEvidenceAsync(ControlPlaneProcess? through = null)
    {
        var admin = through ?? ControlPlane;
        var sources = await admin.GetJsonAsync("/api/v1/sources");
        var evidence = new List<JsonNode> { sources };
        foreach (var name in sources.AsArray().Select(source => (string?)source!["name"]).OfType<string>())
        {
            using var response = await admin.Admin.GetAsync(new Uri($"/api/v1/sources/{Uri.EscapeDataString(name)}/rejections", UriKind.Relative), TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.NotFound && response.IsSuccessStatusCode)
            {
                evidence.Add(JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), documentOptions: ControlPlaneProcess.AnswerDocument)!);
            }
        }

        return evidence;
    }

    /// <summary>
    /// Sources (with rejections) and resources, as the admin API answers them; an endpoint that fails is reported
    /// to <paramref name="findings"/> and left out, so one broken answer does not hide the others.
    /// </summary>
    public async Task<IReadOnlyList<JsonNode>> EvidenceAsync(Findings findings, string context, ControlPlaneProcess? through = null)
    {
        var evidence = new List<JsonNode>();
        try
        {
            evidence.AddRange(await SourceEvidenceAsync(through));
        }
        catch (HttpRequestException exception)
        {
            findings.Add($"{context}: {exception.Message}");
        }

        try
        {
            evidence.Add(await (through ?? ControlPlane).GetJsonAsync("/api/v1/resources"));
        }
        catch (HttpRequestException exception)
        {
            findings.Add($"{context}: {exception.Message}");
        }

        return evidence;
    }

    /// <summary>The versions the control plane lists, oldest first.</summary>
    public async Task<IReadOnlyList<JsonNode>> VersionsAsync()
    {
        var versions = new List<JsonNode>();
        for (var page = 1; ; page++)
        {
            var answer = await ControlPlane.GetJsonAsync($"/api/v1/versions?page={page}&pageSize=200");
            var items = (answer as JsonArray ?? answer["items"]?.AsArray() ?? answer["versions"]?.AsArray())
                ?? throw new InvalidOperationException("Unexpected versions listing: " + answer.ToJsonString());
            versions.AddRange(items.OfType<JsonNode>());
            if (items.Count < 200)
            {
                break;
            }
        }

        return [.. versions.OrderBy(version => (long)version["number"]!)];
    }

    public async ValueTask DisposeAsync()
    {
        if (node is not null)
        {
            await node.DisposeAsync();
        }

        foreach (var replica in replicas)
        {
            await replica.DisposeAsync();
        }

        await Backend.DisposeAsync();
        Remote.Dispose();

        // The server is the cluster's own: stopping it deletes the database with it, even when a failed test left it interrupted.
        await Server.StopAsync(CancellationToken.None);
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A folder still mounted (a failed disk-full test) stays for the CI trap; nothing else is left behind.
        }
    }

    private static string Tail(ProjectProcess process) => string.Join('\n', process.Lines.TakeLast(40));
}
