using System.Net;
using System.Text.Json.Nodes;
using GitOpsGateway.ControlPlane.Tests.Support;
using GitOpsGateway.Testing.Manifests;
using GitOpsGateway.Testing.Postgres;

namespace GitOpsGateway.ControlPlane.Tests.Resilience;

/// <summary>
/// A signed push webhook arrives while PostgreSQL is down: it is answered honestly (accepted, the sync waits for the
/// database) instead of a 500, logged once, and the push is ingested when the database is back.
/// </summary>
public sealed class WebhookDuringOutageTests
{
    private static readonly TimeSpan LongPoll = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task a_webhook_while_the_database_is_down_is_accepted_with_the_reason_and_its_push_is_ingested_afterwards()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var server = await PostgresServer.StartAsync(cancellation);
        try
        {
            Assert.SkipUnless(server.CanInterrupt, "needs a local PostgreSQL cluster to interrupt");
            await using var scenario = await Scenario.CreateOnAsync(server);
            var controlPlane = await scenario.StartAsync(scenario.Options(LongPoll) with { Settings = WebhookDelivery.Secrets });
            await controlPlane.WaitForIngestedAsync(await scenario.Remote.PushValidRepositoryAsync());

            await server.InterruptAsync(cancellation);
            string pushed;
            try
            {
                pushed = await scenario.Remote.PushAsync("Route /during-outage", new Dictionary<string, string> { ["route.yaml"] = ShopManifests.Route(path: "/during-outage") });
                using var request = WebhookDelivery.GitHub(WebhookDelivery.PushPayload(scenario.Remote.BarePath));
                using var response = await controlPlane.Anonymous.SendAsync(request, cancellation);
                var text = await response.Content.ReadAsStringAsync(cancellation);
                Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"the webhook answered {(int)response.StatusCode}: {text}");
                var body = JsonNode.Parse(text)!;
                Assert.Empty(body["triggered"]!.AsArray());
                Assert.Equal([ControlPlaneOptions.SourceName], body["waiting"]!.AsArray().Select(name => (string?)name));
                Assert.Contains("database", (string?)body["message"], StringComparison.Ordinal);
            }
            finally
            {
                await server.ResumeAsync(CancellationToken.None);
            }

            await controlPlane.WaitForIngestedAsync(pushed, TimeSpan.FromSeconds(60));
            Assert.Single(controlPlane.Process.Lines, line => line.Contains("[3014]", StringComparison.Ordinal));
            Assert.DoesNotContain(controlPlane.Process.Lines, line => line.StartsWith("fail", StringComparison.Ordinal) && line.Contains("Webhook", StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            await server.StopAsync(CancellationToken.None);
        }
    }
}
