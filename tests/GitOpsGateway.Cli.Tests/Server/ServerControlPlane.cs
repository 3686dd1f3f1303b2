using GitOpsGateway.Testing.Manifests;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GitOpsGateway.Testing.Git;
using GitOpsGateway.Testing.Postgres;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Cli.Tests.Server;

/// <summary>A real control plane (the built <c>gitops-gateway control-plane</c>) over a fresh database and bare repository, for ggctl to talk to.</summary>
internal sealed class ServerControlPlane : IAsyncDisposable
{
    /// <summary>The source's folder in the repository.</summary>
    public const string ManifestFolder = "gateway";

    public const string Token = "server-tests-token";

    private readonly PostgresDatabase database;
    private readonly string state;
    private readonly HttpClient admin;

    private ServerControlPlane(PostgresDatabase database, GitRemoteRepository remote, ProjectProcess process, Uri address, string state)
    {
        this.database = database;
        this.state = state;
        Remote = remote;
        Process = process;
        Address = address;
        admin = new HttpClient { BaseAddress = address };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public GitRemoteRepository Remote { get; }

    public ProjectProcess Process { get; }

    public Uri Address { get; }

    /// <summary>The variables that point ggctl at this control plane.</summary>
    public IReadOnlyDictionary<string, string?> GgctlEnvironment => new Dictionary<string, string?>
    {
        ["GGCTL_SERVER"] = Address.ToString(),
        ["GGCTL_TOKEN"] = Token,
        ["GGCTL_ON_BEHALF_OF"] = "grace",
    };

    /// <param name="settings">More settings, as GITOPS_GATEWAY_* variables.</param>
    public static async Task<ServerControlPlane> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var database = await PostgresDatabase.CreateAsync(cancellationToken);
        var remote = await GitRemoteRepository.CreateAsync(cancellationToken);
        var state = Directory.CreateTempSubdirectory("ggctl-server-state-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var environment = new Dictionary<string, string?>
        {
            ["GITOPS_GATEWAY_DATABASE"] = database.ConnectionString,
            ["GITOPS_GATEWAY_ADMINTOKEN"] = Token,
            ["GITOPS_GATEWAY_STATEDIRECTORY"] = state,
            ["GITOPS_GATEWAY_SOURCES__0__NAME"] = "shop",
            ["GITOPS_GATEWAY_SOURCES__0__REPOSITORY"] = remote.BarePath,
            ["GITOPS_GATEWAY_SOURCES__0__FOLDER"] = ManifestFolder,
            ["GITOPS_GATEWAY_SOURCES__0__POLLINTERVAL"] = TimeSpan.FromMilliseconds(300).ToString("c", CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            environment[name] = value;
        }

        var process = ProjectProcess.StartProject("GitOpsGateway.Host", ["control-plane", "--urls", address.ToString()], new ProjectProcessOptions { Environment = environment });
        var controlPlane = new ServerControlPlane(database, remote, process, address, state);
        await process.WaitForHttpAsync(new Uri(address, "/readyz"), TimeSpan.FromSeconds(60), cancellationToken);
        return controlPlane;
    }

    /// <summary>Commits the Gateway and a route with this path, pushes, and waits until the control plane has ingested it.</summary>
    public Task<string> PushRouteAsync(string path) => PushAsync(
        new Dictionary<string, string> { ["gateway.yaml"] = ShopManifests.GatewayClassAndGateway, ["route.yaml"] = ShopManifests.Route(path: path) },
        $"Route {path}");

    /// <summary>Writes these files (paths inside the source's folder), commits, pushes, and waits until the control plane has ingested the commit.</summary>
    public async Task<string> PushAsync(IReadOnlyDictionary<string, string> files, string message)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        foreach (var (path, text) in files)
        {
            Remote.WriteFile($"{ManifestFolder}/{path}", text);
        }

        var sha = await Remote.CommitAsync(message, cancellationToken: cancellationToken);
        await Remote.PushAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(30));
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        do
        {
            var sources = JsonNode.Parse(await admin.GetStringAsync(new Uri("/api/v1/sources", UriKind.Relative), deadline.Token))!.AsArray();
            if ((string?)sources.Single()!["lastIngestedSha"] == sha)
            {
                return sha;
            }
        }
        while (await poll.WaitForNextTickAsync(deadline.Token));
        throw new TimeoutException($"{sha} was not ingested.");
    }

    public async ValueTask DisposeAsync()
    {
        admin.Dispose();
        await Process.DisposeAsync();
        Remote.Dispose();
        await database.DisposeAsync();
        Directory.Delete(state, recursive: true);
    }
}
