using System.Text.Json.Nodes;
using GitOpsGateway.EndToEnd.Tests.Support;

namespace GitOpsGateway.EndToEnd.Tests.Dev;

/// <summary>The README's quick start: <c>gitops-gateway dev</c> serves gitops-example/ with its demo backends.</summary>
[Collection(DevModeCollection.Name)]
public sealed class DevModeTests(DevModeFixture fixture) : IClassFixture<DevModeFixture>, IDisposable
{
    private const int CanaryRequests = 1_000;

    private readonly ExampleRequests requests = new();

    [Fact]
    public async Task v1_reaches_api_v1_and_the_backend_sees_the_version_header_the_route_adds()
    {
        var echo = await requests.GetAsync(new Uri($"http://api.example.com:{DevModeProcess.HttpPort}/v1/orders"));

        Assert.Equal("api-v1", echo.Backend);
        Assert.Equal("/v1/orders", echo.Path);
        Assert.Equal("1", echo.Header("X-Version"));
    }

    [Fact]
    public async Task v2_reaches_api_v2_without_the_version_header()
    {
        var echo = await requests.GetAsync(new Uri($"http://api.example.com:{DevModeProcess.HttpPort}/v2/orders"));

        Assert.Equal("api-v2", echo.Backend);
        Assert.Null(echo.Header("X-Version"));
    }

    /// <summary>Binomial(1000, 0.1) has a standard deviation of 9.5: 60-140 is more than four of them either side.</summary>
    [Fact]
    public async Task everything_else_is_split_90_10_between_stable_and_canary_within_40_requests_in_1000()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var request = 0; request < CanaryRequests; request++)
        {
            var echo = await requests.GetAsync(new Uri($"http://api.example.com:{DevModeProcess.HttpPort}/catalog"));
            counts[echo.Backend] = counts.GetValueOrDefault(echo.Backend) + 1;
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{CanaryRequests} requests: api-stable {counts.GetValueOrDefault("api-stable")}, api-canary {counts.GetValueOrDefault("api-canary")}");
        Assert.Equal(["api-canary", "api-stable"], counts.Keys.Order(StringComparer.Ordinal));
        Assert.InRange(counts["api-canary"], 60, 140);
        Assert.Equal(CanaryRequests, counts["api-canary"] + counts["api-stable"]);
    }

    [Fact]
    public async Task https_listener_answers_for_api_example_com_with_the_development_certificate()
    {
        var echo = await requests.GetAsync(new Uri($"https://api.example.com:{DevModeProcess.HttpsPort}/v1/secure"));

        Assert.Equal("api-v1", echo.Backend);
        Assert.Equal("1", echo.Header("X-Version"));
    }

    [Fact]
    public async Task the_admin_api_lists_the_dev_node_running_the_active_version()
    {
        using var admin = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:9080/") };
        admin.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", fixture.Dev.AdminToken);
        JsonNode? node = null;

        // The node reports right after it applies, which may be just after the banner.
        await Eventually.WaitForAsync(
            async () =>
            {
                var listing = JsonNode.Parse(await admin.GetStringAsync(new Uri("api/v1/nodes", UriKind.Relative), TestContext.Current.CancellationToken))!;
                node = listing["nodes"]!.AsArray().SingleOrDefault();
                return node is not null && (bool?)node["runsActiveVersion"] == true;
            },
            "the dev node to report the active version");
        Assert.Equal("dev-node", (string?)node!["report"]!["node"]);
    }

    public void Dispose() => requests.Dispose();
}
