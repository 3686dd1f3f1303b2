using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GitOpsGateway.ControlPlane.Tests.Identity;

/// <summary>Admin API calls of the identity tests: tokens created with the bootstrap admin token, and calls made with any bearer token.</summary>
internal static class TokenCalls
{
    /// <returns>The token's secret, shown once by the answer.</returns>
    public static async Task<string> CreateTokenAsync(this ControlPlaneProcess controlPlane, string name, string role, params string[] scopes)
    {
        using var response = await controlPlane.Admin.PostAsJsonAsync(
            new Uri("/api/v1/tokens", UriKind.Relative), new { name, role, scopes, expiresInDays = 1 }, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"creating token {name}: {(int)response.StatusCode} {text}");
        return (string)JsonNode.Parse(text)!["token"]!;
    }

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(
        this ControlPlaneProcess controlPlane, HttpMethod method, string path, string bearer, object? body = null, string? onBehalfOf = null, string? legacyActor = null)
    {
        using var client = new HttpClient { BaseAddress = controlPlane.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (onBehalfOf is not null)
        {
            request.Headers.Add("X-On-Behalf-Of", onBehalfOf);
        }

        if (legacyActor is not null)
        {
            request.Headers.Add("X-Actor", legacyActor);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text, documentOptions: ControlPlaneProcess.AnswerDocument));
    }

    public static async Task<HttpStatusCode> StatusOfAsync(this ControlPlaneProcess controlPlane, string path, string bearer) =>
        (await controlPlane.SendAsync(HttpMethod.Get, path, bearer)).Status;

    public static async Task<JsonObject> JournalEntryAsync(this ControlPlaneProcess controlPlane, string commandId) =>
        (await controlPlane.GetJsonAsync("/api/v1/journal?pageSize=500"))["items"]!.AsArray().Single(entry => (string?)entry!["id"] == commandId)!.AsObject();
}
