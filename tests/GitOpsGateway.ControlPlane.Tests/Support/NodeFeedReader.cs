using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GitOpsGateway.Testing.Nodes;

namespace GitOpsGateway.ControlPlane.Tests.Support;

/// <summary>Reads the node feed as a node would: the first <c>version</c> event after connecting is the version in force.</summary>
internal static class NodeFeedReader
{
    public const string NodeToken = "test-node-token-0123456789";

    /// <summary>The settings that let <see cref="NodeToken"/> subscribe and report.</summary>
    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["NODETOKENS"] = NodeTokenEntries.For(NodeToken) };

    /// <summary>Waits until a node connecting now is sent <paramref name="version"/> of <paramref name="gateway"/>; returns that message.</summary>
    public static async Task<JsonNode> WaitForVersionAsync(this ControlPlaneProcess controlPlane, long version, string gateway = "shop/edge", string node = "probe")
    {
        JsonNode? last = null;
        await Eventually.WaitForAsync(async () =>
        {
            last = await FirstVersionAsync(controlPlane, gateway, node);
            return (long?)last?["version"] == version;
        }, $"the feed of {gateway} to send version {version} (last sent: {last?["version"]})");
        return last!;
    }

    private static async Task<JsonNode?> FirstVersionAsync(ControlPlaneProcess controlPlane, string gateway, string node)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(
            $"/api/v1/nodes/feed?gateway={Uri.EscapeDataString(gateway)}&node={Uri.EscapeDataString(node)}", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", NodeToken);
        using var response = await controlPlane.Anonymous.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonNode.Parse(line["data: ".Length..]);
            }
        }

        return null;
    }
}
