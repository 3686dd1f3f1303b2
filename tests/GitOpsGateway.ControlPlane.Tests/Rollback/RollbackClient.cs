using GitOpsGateway.Testing.Manifests;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GitOpsGateway.ControlPlane.Tests.Support;

namespace GitOpsGateway.ControlPlane.Tests.Rollback;

/// <summary>The admin calls the rollback tests make with the bootstrap admin token, naming a person in <c>X-Actor</c> (recorded as on behalf of).</summary>
internal static class RollbackClient
{
    public static async Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(this ControlPlaneProcess controlPlane, string path, object body, string actor = "ada")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Actor", actor);
        using var response = await controlPlane.Admin.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> GetAsync(this ControlPlaneProcess controlPlane, string path)
    {
        using var response = await controlPlane.Admin.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static async Task<JsonNode> PostOkAsync(this ControlPlaneProcess controlPlane, string path, object body, string actor = "ada")
    {
        var (status, answer) = await controlPlane.PostAsync(path, body, actor);
        Assert.True(status == HttpStatusCode.OK, $"POST {path}: {(int)status} {answer?.ToJsonString()}");
        return answer!;
    }

    public static async Task<JsonObject> SourceStatusAsync(this ControlPlaneProcess controlPlane) =>
        (await controlPlane.GetJsonAsync("/api/v1/status"))["sources"]!.AsArray().Single()!.AsObject();

    public static async Task<(long Number, string Hash)> ActiveTableAsync(this ControlPlaneProcess controlPlane, string gateway = "shop/edge")
    {
        var active = await controlPlane.GetJsonAsync($"/api/v1/versions/active?gateway={gateway}");
        var version = active["version"]!;
        return ((long)version["number"]!, (string)version["tables"]!.AsArray().Single(table => (string?)table!["gateway"] == gateway)!["hash"]!);
    }

    public static async Task<string> VersionHashAsync(this ControlPlaneProcess controlPlane, long number) =>
        (string)(await controlPlane.GetJsonAsync($"/api/v1/versions/{number}"))["hash"]!;

    /// <summary>Pushes a commit that changes the route's path and waits for it to be ingested.</summary>
    public static async Task<string> PushRoutePathAsync(this Scenario scenario, ControlPlaneProcess controlPlane, string path)
    {
        var sha = await scenario.Remote.PushAsync($"Route {path}", new Dictionary<string, string> { ["route.yaml"] = ShopManifests.Route(path: path) });
        await controlPlane.WaitForIngestedAsync(sha);
        return sha;
    }

    public static async Task<long> HeadVersionAsync(this ControlPlaneProcess controlPlane) =>
        (long)(await controlPlane.SourceStatusAsync())["headVersion"]!;
}
