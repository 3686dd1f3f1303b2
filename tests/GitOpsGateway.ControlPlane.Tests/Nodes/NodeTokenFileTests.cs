using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using GitOpsGateway.ControlPlane.Tests.Support;
using GitOpsGateway.Testing;

namespace GitOpsGateway.ControlPlane.Tests.Nodes;

/// <summary>
/// Node tokens bound to Gateways, given through a re-read file, against the real executable over HTTP: the test
/// repository serves Gateway shop/edge.
/// </summary>
public sealed class NodeTokenFileTests
{
    private const string EdgeToken = "edge-node-token-0123456789";
    private const string OtherToken = "other-node-token-0123456789";
    private const string RotatedToken = "rotated-edge-token-0123456789";

    [Fact]
    public async Task a_node_token_for_another_gateway_cannot_read_or_report_for_shop_edge_and_the_refusal_is_logged_by_name()
    {
        await using var scenario = await Scenario.CreateAsync();
        var tokens = TokensFile($"edge-nodes shop/edge {EdgeToken}\nother-nodes shop/other {OtherToken}");
        try
        {
            var controlPlane = await scenario.StartAsync(scenario.Options() with { Settings = new Dictionary<string, string> { ["NODETOKENSFILE"] = tokens } });
            await controlPlane.WaitForIngestedAsync(await scenario.Remote.PushValidRepositoryAsync());

            var (feed, feedReason) = await FeedAsync(controlPlane, OtherToken);
            var (report, reportReason) = await ReportAsync(controlPlane, OtherToken);
            var (ownFeed, _) = await FeedAsync(controlPlane, EdgeToken);
            var (ownReport, _) = await ReportAsync(controlPlane, EdgeToken);

            Assert.Equal(HttpStatusCode.Forbidden, feed);
            Assert.Contains("'other-nodes' does not serve Gateway shop/edge", feedReason, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, report);
            Assert.Contains("'other-nodes' does not serve Gateway shop/edge", reportReason, StringComparison.Ordinal);
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NoContent), (ownFeed, ownReport));
            await controlPlane.Process.WaitForLineAsync("node token named other-nodes: it does not serve Gateway shop/edge", TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
            Assert.DoesNotContain(OtherToken, controlPlane.Process.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(EdgeToken, controlPlane.Process.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(tokens);
        }
    }

    [Fact]
    public async Task a_rewritten_tokens_file_takes_effect_without_a_restart_with_the_old_token_valid_during_the_overlap()
    {
        await using var scenario = await Scenario.CreateAsync();
        var tokens = TokensFile($"edge-nodes shop/edge {EdgeToken}");
        try
        {
            var controlPlane = await scenario.StartAsync(scenario.Options() with { Settings = new Dictionary<string, string> { ["NODETOKENSFILE"] = tokens } });
            await controlPlane.WaitForIngestedAsync(await scenario.Remote.PushValidRepositoryAsync());
            Assert.Equal(HttpStatusCode.Unauthorized, (await FeedAsync(controlPlane, RotatedToken)).Status);

            // Rotation: the name keeps its Gateway and gets a new token; the old one overlaps (default five minutes).
            await File.WriteAllTextAsync(tokens, $"edge-nodes shop/edge {RotatedToken}\n", TestContext.Current.CancellationToken);
            await Eventually.WaitForAsync(async () => (await FeedAsync(controlPlane, RotatedToken)).Status == HttpStatusCode.OK, "the rotated token to be accepted");
            Assert.Equal(HttpStatusCode.OK, (await FeedAsync(controlPlane, EdgeToken)).Status);

            // An invalid file (the old flat format) changes nothing.
            await File.WriteAllTextAsync(tokens, "a-bare-token-of-the-old-format\n", TestContext.Current.CancellationToken);
            await controlPlane.Process.WaitForLineAsync("is invalid; the tokens in force stay", TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, (await FeedAsync(controlPlane, RotatedToken)).Status);

            // Revocation: the name is gone, so are both of its tokens, at once and without the overlap.
            await File.WriteAllTextAsync(tokens, $"other-nodes shop/other {OtherToken}\n", TestContext.Current.CancellationToken);
            await Eventually.WaitForAsync(async () => (await FeedAsync(controlPlane, RotatedToken)).Status == HttpStatusCode.Unauthorized, "the revoked token to be refused");
            Assert.Equal(HttpStatusCode.Unauthorized, (await FeedAsync(controlPlane, EdgeToken)).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await FeedAsync(controlPlane, OtherToken)).Status);
            Assert.DoesNotContain("a-bare-token-of-the-old-format", controlPlane.Process.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(tokens);
        }
    }

    private static string TokensFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"node-tokens-{Guid.NewGuid():N}");
        File.WriteAllText(path, content + "\n");
        return path;
    }

    /// <summary>Opens the feed of shop/edge and closes it once the status is known.</summary>
    private static async Task<(HttpStatusCode Status, string Reason)> FeedAsync(ControlPlaneProcess controlPlane, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/nodes/feed?gateway=shop/edge&node=probe", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await controlPlane.Anonymous.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        var reason = response.StatusCode == HttpStatusCode.OK ? string.Empty : await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, reason);
    }

    private static async Task<(HttpStatusCode Status, string Reason)> ReportAsync(ControlPlaneProcess controlPlane, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/nodes/reports", UriKind.Relative))
        {
            Content = JsonContent.Create(new { node = "probe", gateway = "shop/edge", errors = Array.Empty<string>() }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await controlPlane.Anonymous.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
