using GitOpsGateway.Testing.Manifests;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using GitOpsGateway.ControlPlane.Tests.Support;

namespace GitOpsGateway.ControlPlane.Tests.Webhooks;

/// <summary>Push webhooks against the real executable, with a five-minute poll interval so only the webhook can explain a quick sync.</summary>
public sealed class WebhookTests(ITestOutputHelper output)
{
    private static readonly TimeSpan LongPoll = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task a_signed_webhook_makes_a_push_visible_well_before_the_poll_interval()
    {
        await using var scenario = await Scenario.CreateAsync();
        var first = await scenario.Remote.PushValidRepositoryAsync();
        var controlPlane = await scenario.StartAsync(scenario.Options(LongPoll) with { Settings = WebhookDelivery.Secrets });
        await controlPlane.WaitForIngestedAsync(first);

        var latencies = new List<TimeSpan>();
        foreach (var (provider, path) in ((string, string)[])[("github", "/gh"), ("gitlab", "/gl"), ("gitea", "/gt")])
        {
            var sha = await scenario.Remote.PushAsync("Route to " + path, new Dictionary<string, string> { ["route.yaml"] = ShopManifests.Route(path: path) });
            var stopwatch = Stopwatch.StartNew();
            var payload = WebhookDelivery.PushPayload(scenario.Remote.BarePath);
            using var request = provider switch
            {
                "github" => WebhookDelivery.GitHub(payload),
                "gitlab" => WebhookDelivery.GitLab(payload),
                _ => WebhookDelivery.Gitea(payload),
            };
            using var response = await controlPlane.Anonymous.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
            Assert.Equal([ControlPlaneOptions.SourceName], body["triggered"]!.AsArray().Select(name => (string?)name));

            await Eventually.WaitForAsync(
                async () => (string?)(await controlPlane.GetJsonAsync("/api/v1/versions/active"))["version"]!["provenance"]!["commitSha"] == sha,
                $"the {provider} push to become the active version",
                TimeSpan.FromSeconds(20));
            latencies.Add(stopwatch.Elapsed);
        }

        output.WriteLine($"push → active version via webhook: {string.Join(", ", latencies.Select(latency => $"{latency.TotalMilliseconds:F0} ms"))}");
    }

    [Fact]
    public async Task a_bad_signature_is_401_and_an_unknown_repository_is_202_with_nothing_triggered()
    {
        await using var scenario = await Scenario.CreateAsync();
        var first = await scenario.Remote.PushValidRepositoryAsync();
        var controlPlane = await scenario.StartAsync(scenario.Options(LongPoll) with { Settings = WebhookDelivery.Secrets });
        await controlPlane.WaitForIngestedAsync(first);
        var pushed = await scenario.Remote.PushAsync("Route to /late", new Dictionary<string, string> { ["route.yaml"] = ShopManifests.Route(path: "/late") });
        var payload = WebhookDelivery.PushPayload(scenario.Remote.BarePath);

        foreach (var forged in (HttpRequestMessage[])[WebhookDelivery.GitHub(payload, "wrong"), WebhookDelivery.GitLab(payload, "wrong"), WebhookDelivery.Gitea(payload, "wrong")])
        {
            using (forged)
            using (var response = await controlPlane.Anonymous.SendAsync(forged, TestContext.Current.CancellationToken))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            }
        }

        using var unknown = WebhookDelivery.GitHub(WebhookDelivery.PushPayload("https://git.example.com/acme/other.git"));
        using var unknownResponse = await controlPlane.Anonymous.SendAsync(unknown, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, unknownResponse.StatusCode);
        var body = JsonNode.Parse(await unknownResponse.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Empty(body["triggered"]!.AsArray());
        Assert.Contains("No configured source", (string?)body["message"], StringComparison.Ordinal);

        // The sync endpoint is the control: the push above stays unseen until something legitimately asks.
        Assert.Equal(first, (string?)(await controlPlane.SourceAsync())["lastIngestedSha"]);
        Assert.DoesNotContain(controlPlane.Process.Lines, line => line.Contains("triggers sync", StringComparison.Ordinal));
        using var sync = await controlPlane.Admin.PostAsync(new Uri($"/api/v1/sources/{ControlPlaneOptions.SourceName}/sync", UriKind.Relative), null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, sync.StatusCode);
        await controlPlane.WaitForIngestedAsync(pushed);
    }
}
