using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GitOpsGateway.ControlPlane.Tests.Support;
using GitOpsGateway.Testing.Manifests;
using GitOpsGateway.Testing.Postgres;

namespace GitOpsGateway.ControlPlane.Tests.Resilience;

/// <summary>
/// PostgreSQL goes away for longer than any retry interval while the real executable runs, a node is connected
/// and a commit is pushed: the process stays up and says why it is not ready, and catches up once the server is back.
/// </summary>
public sealed class DatabaseOutageTests
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(36);

    [Fact]
    public async Task the_control_plane_survives_a_database_outage_keeps_its_nodes_and_ingests_what_was_pushed_meanwhile()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var server = await PostgresServer.StartAsync(cancellation);
        try
        {
            Assert.SkipUnless(server.CanInterrupt, "needs a local PostgreSQL cluster to interrupt");
            await using var scenario = await Scenario.CreateOnAsync(server);
            await RunOutageAsync(scenario, server);
        }
        finally
        {
            await server.StopAsync(CancellationToken.None);
        }
    }

    private static async Task RunOutageAsync(Scenario scenario, PostgresServer server)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var controlPlane = await scenario.StartAsync(scenario.Options() with { Settings = NodeFeedReader.Settings });
        var first = await scenario.Remote.PushValidRepositoryAsync();
        await controlPlane.WaitForIngestedAsync(first);
        await using var node = await OpenFeedAsync(controlPlane);
        Assert.Equal(1, (long?)(await node.NextVersionAsync(TimeSpan.FromSeconds(10)))["version"]);

        await server.InterruptAsync(cancellation);
        try
        {
            var pushed = await scenario.Remote.PushAsync("Route /during-outage", new Dictionary<string, string> { ["route.yaml"] = ShopManifests.Route(path: "/during-outage") });
            var reasons = await WatchOutageAsync(controlPlane, Outage);
            var reason = reasons.LastOrDefault() ?? "(never answered 503)";
            Assert.Contains("database", reason, StringComparison.Ordinal);
            Assert.Contains("unreachable since", reason, StringComparison.Ordinal);

            await server.ResumeAsync(cancellation);
            await controlPlane.WaitForIngestedAsync(pushed, TimeSpan.FromSeconds(60));
        }
        finally
        {
            // A failure during the outage must not be hidden by a clean-up that cannot reach the server.
            if (!await CanConnectAsync(scenario))
            {
                await server.ResumeAsync(CancellationToken.None);
            }
        }

        var sent = await node.NextVersionAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(2, (long?)sent["version"]);
        await Eventually.WaitForAsync(async () => (await ReadyAsync(controlPlane)).Status == HttpStatusCode.OK, "readiness after the outage", TimeSpan.FromSeconds(30));
        Assert.False(controlPlane.Process.HasExited, "the control plane exited after the outage:\n" + controlPlane.Process.Output);
        Assert.Contains(controlPlane.Process.Lines, line => line.Contains("[3090]", StringComparison.Ordinal));
        Assert.Contains(controlPlane.Process.Lines, line => line.Contains("[3091]", StringComparison.Ordinal) && line.Contains("answers again", StringComparison.Ordinal));

        // What Wolverine's own agents said through the outage, for whoever reads the test output.
        foreach (var line in controlPlane.Process.Lines.Where(line => line.Contains("Wolverine", StringComparison.Ordinal) && !line.StartsWith("info", StringComparison.Ordinal)).Take(20))
        {
            TestContext.Current.TestOutputHelper?.WriteLine(line);
        }
    }

    private static async Task<bool> CanConnectAsync(Scenario scenario)
    {
        try
        {
            await using var connection = await scenario.Database.OpenConnectionAsync(CancellationToken.None);
            return true;
        }
        catch (Npgsql.NpgsqlException)
        {
            return false;
        }
    }

    /// <summary>Polls the process through the outage: alive, /healthz 200, /readyz 503 every time; returns the 503 texts.</summary>
    private static async Task<List<string>> WatchOutageAsync(ControlPlaneProcess controlPlane, TimeSpan outage)
    {
        var reasons = new List<string>();
        var until = DateTimeOffset.UtcNow + outage;
        var polls = 0;
        while (DateTimeOffset.UtcNow < until)
        {
            Assert.False(controlPlane.Process.HasExited, $"the control plane exited with {(controlPlane.Process.HasExited ? controlPlane.Process.ExitCode : 0)} during the outage:\n{controlPlane.Process.Output}");
            using var health = await controlPlane.Anonymous.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            var (status, text) = await ReadyAsync(controlPlane);
            // The first poll may still see a cached answer from before the stop; every later one must say why not.
            if (polls++ > 2)
            {
                Assert.True(status == HttpStatusCode.ServiceUnavailable, $"/readyz answered {(int)status} during the outage: {text}");
                reasons.Add(text);
            }

            await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        }

        return reasons;
    }

    private static async Task<(HttpStatusCode Status, string Text)> ReadyAsync(ControlPlaneProcess controlPlane)
    {
        using var response = await controlPlane.Anonymous.GetAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<FeedConnection> OpenFeedAsync(ControlPlaneProcess controlPlane)
    {
        var client = new HttpClient { BaseAddress = controlPlane.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/nodes/feed?gateway=shop%2Fedge&node=outage-node", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", NodeFeedReader.NodeToken);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return new FeedConnection(client, response, new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken)));
    }

    /// <summary>One node's feed connection held open across the outage, read one <c>version</c> message at a time.</summary>
    private sealed class FeedConnection(HttpClient client, HttpResponseMessage response, StreamReader reader) : IAsyncDisposable
    {
        public async Task<JsonNode> NextVersionAsync(TimeSpan timeout)
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            deadline.CancelAfter(timeout);
            while (await reader.ReadLineAsync(deadline.Token) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal) && JsonNode.Parse(line["data: ".Length..]) is { } message && message["version"] is not null)
                {
                    return message;
                }
            }

            throw new InvalidOperationException("The control plane closed the node's feed.");
        }

        public ValueTask DisposeAsync()
        {
            reader.Dispose();
            response.Dispose();
            client.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
