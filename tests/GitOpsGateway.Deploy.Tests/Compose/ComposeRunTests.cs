using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GitOpsGateway.Deploy.Tests.Docker;
using GitOpsGateway.Testing.Echo;
using GitOpsGateway.Testing.Postgres;
using GitOpsGateway.Testing.Processes;
using Npgsql;

namespace GitOpsGateway.Deploy.Tests.Compose;

/// <summary>
/// compose.yaml's services started as local processes with exactly the settings compose gives them (see
/// <see cref="ComposeLocalRun"/>), PostgreSQL from the test harness: proof that the wiring is configuration the
/// product reads, not prose. Product services run as an unprivileged user, as in the image. The demo backends need a container network, so an echo backend stands in for
/// api-v1 through an EndpointSlice added by a second run of the example-repo job.
/// </summary>
public sealed class ComposeRunTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task the_compose_settings_start_a_control_plane_and_two_nodes_that_route_the_example_repository()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var compose = ComposeFile.LoadWithExampleEnvironment();
        await using var run = new ComposeLocalRun(compose);
        await using var echo = await EchoBackend.StartAsync("api-v1-stand-in", cancellationToken: cancellation);
        await using var database = await PostgresDatabase.CreateAsync(cancellation);

        await run.PrepareVolumesAsync();
        var job = compose["example-repo"];
        Assert.Equal(Dockerfile.Load().User, job.Environment["REPOSITORY_OWNER"]);
        Assert.Contains("now at", await RunJobAsync(run, job, []), StringComparison.Ordinal);
        var overlay = Directory.CreateDirectory(Path.Combine(run.LocalPath(job, job.Command[0]) + "-stand-in", "apps", "production"));
        await File.WriteAllTextAsync(Path.Combine(overlay.FullName, "api-v1-stand-in.yaml"), StandInSlice(echo.Port), cancellation);
        Assert.Contains("now at", await RunJobAsync(run, job, [overlay.Parent!.Parent!.FullName]), StringComparison.Ordinal);

        var controlPlaneService = compose["control-plane"];
        var environment = run.TranslateEnvironment(controlPlaneService);
        environment["GITOPS_GATEWAY_DATABASE"] = HarnessDatabase(compose, controlPlaneService.Environment["GITOPS_GATEWAY_DATABASE"], database.ConnectionString);
        var controlPlane = run.StartProduct(controlPlaneService, environment);
        await run.WaitUntilHealthyAsync(controlPlaneService, controlPlane, StartTimeout);

        var nodes = compose.DataPlaneNodes.ToList();
        foreach (var node in nodes)
        {
            await run.WaitUntilHealthyAsync(node, run.StartProduct(node, run.TranslateEnvironment(node)), StartTimeout);
        }

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        foreach (var node in nodes)
        {
            var listener = run.Port(node.Name, node.ContainerPorts.First());
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://127.0.0.1:{listener}/v1/orders"));
            request.Headers.Host = "api.example.com";
            using var response = await client.SendAsync(request, cancellation);
            var answer = await EchoResponse.ReadAsync(response, cancellation);
            Assert.Equal((echo.Name, "/v1/orders", "1"), (answer.Backend, answer.Path, answer.Header("X-Version")));
        }

        var reports = await NodeReportsAsync(run, compose, client);
        Assert.Equal(nodes.Select(node => node.Flag("--node-id")).Order(), reports.Order());
    }

    /// <summary>The job's entrypoint and command as compose runs them (as root), with <paramref name="extraOverlays"/> appended.</summary>
    private static async Task<string> RunJobAsync(ComposeLocalRun run, ComposeService job, IReadOnlyList<string> extraOverlays)
    {
        var arguments = run.TranslateArguments(job, [.. job.Entrypoint, .. job.Command]);
        var environment = run.TranslateEnvironment(job);
        // Compose names the image's user; here product services run as another one.
        environment["REPOSITORY_OWNER"] = await ComposeLocalRun.ProductUserAsync();
        await using var process = ProjectProcess.Start(arguments[0], [.. arguments.Skip(1), .. extraOverlays], new ProjectProcessOptions { Environment = environment });
        Assert.Equal(0, await process.WaitForExitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
        return process.Output;
    }

    /// <summary>The harness's database in place of compose's, once compose's is shown to name the postgres service's.</summary>
    private static string HarnessDatabase(ComposeFile compose, string composeValue, string harness)
    {
        var given = new NpgsqlConnectionStringBuilder(composeValue);
        var postgres = compose["postgres"];
        Assert.Equal(
            ("postgres", 5432, postgres.Environment["POSTGRES_DB"], postgres.Environment["POSTGRES_USER"], postgres.Environment["POSTGRES_PASSWORD"]),
            (given.Host, given.Port, given.Database, given.Username, given.Password));
        return harness;
    }

    private static async Task<List<string>> NodeReportsAsync(ComposeLocalRun run, ComposeFile compose, HttpClient client)
    {
        var controlPlane = compose["control-plane"];
        var address = run.Translate(controlPlane, "--urls", controlPlane.Flag("--urls")!);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(address), "api/v1/nodes"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", controlPlane.Environment["GITOPS_GATEWAY_ADMINTOKEN"]);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET api/v1/nodes: {(int)response.StatusCode} {body}");
        return [.. JsonNode.Parse(body)!["nodes"]!.AsArray().Select(node => (string)node!["report"]!["node"]!)];
    }

    private static string StandInSlice(int port) => $"""
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: api-v1-stand-in
          namespace: production
          labels:
            kubernetes.io/service-name: api-v1
        addressType: IPv4
        ports:
          - name: http
            port: {port.ToString(CultureInfo.InvariantCulture)}
        endpoints:
          - addresses: ["127.0.0.1"]
            conditions:
              ready: true
        """;
}
