using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GitOpsGateway.Testing.Nodes;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.EndToEnd.Tests.Support;

/// <summary>
/// <c>gitops-gateway control-plane</c> watching one bare repository, with node and admin tokens, the GitHub webhook
/// secret, and a poll interval long enough that only webhooks trigger syncs while a test measures them.
/// </summary>
internal sealed class ControlPlaneInstance : IAsyncDisposable
{
    public const string AdminToken = "e2e-admin-token";
    public const string NodeToken = "e2e-node-token-0123456789";
    public const string WebhookSecret = "e2e-webhook-secret";
    public const string SourceName = "shop";

    private ControlPlaneInstance(ProjectProcess process, Uri baseAddress)
    {
        Process = process;
        BaseAddress = baseAddress;
        Admin = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
    }

    public ProjectProcess Process { get; }

    public Uri BaseAddress { get; }

    public HttpClient Admin { get; }

    public static async Task<ControlPlaneInstance> StartAsync(string database, string repository, string stateDirectory, int port)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var process = ProjectProcess.StartProject(
            "GitOpsGateway.Host",
            ["control-plane", "--urls", baseAddress.ToString()],
            new ProjectProcessOptions
            {
                Environment = new Dictionary<string, string?>
                {
                    ["GITOPS_GATEWAY_DATABASE"] = database,
                    ["GITOPS_GATEWAY_ADMINTOKEN"] = AdminToken,
                    ["GITOPS_GATEWAY_NODETOKENS"] = NodeTokenEntries.For(NodeToken),
                    ["GITOPS_GATEWAY_WEBHOOKS__GITHUBSECRET"] = WebhookSecret,
                    ["GITOPS_GATEWAY_STATEDIRECTORY"] = stateDirectory,
                    ["GITOPS_GATEWAY_SOURCES__0__NAME"] = SourceName,
                    ["GITOPS_GATEWAY_SOURCES__0__REPOSITORY"] = repository,
                    ["GITOPS_GATEWAY_SOURCES__0__FOLDER"] = ShopManifests.Folder,
                    ["GITOPS_GATEWAY_SOURCES__0__POLLINTERVAL"] = "00:05:00",
                    ["GITOPS_GATEWAY_LEADERSHIP__RETRYINTERVAL"] = "00:00:00.500",
                },
            });
        var instance = new ControlPlaneInstance(process, baseAddress);
        try
        {
            await process.WaitForHttpAsync(new Uri(baseAddress, "readyz"), TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
            return instance;
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }
    }

    public async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await Admin.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>The Gateway's active version number, or null before the first.</summary>
    public async Task<long?> ActiveVersionAsync(string gateway)
    {
        using var response = await Admin.GetAsync(new Uri($"api/v1/versions/active?gateway={Uri.EscapeDataString(gateway)}", UriKind.Relative), TestContext.Current.CancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        return (long?)body["version"]?["number"];
    }

    /// <summary>Node id → the version it reports running.</summary>
    public async Task<IReadOnlyDictionary<string, long?>> NodeVersionsAsync(string gateway)
    {
        var listing = await GetJsonAsync("api/v1/nodes");
        return listing["nodes"]!.AsArray()
            .Select(node => node!["report"]!)
            .Where(report => (string?)report["gateway"] == gateway)
            .ToDictionary(report => (string)report["node"]!, report => (long?)report["version"]);
    }

    /// <summary>Delivers a signed GitHub push webhook for the watched branch.</summary>
    public async Task SendPushWebhookAsync(string repository)
    {
        var payload = JsonSerializer.Serialize(new
        {
            @ref = "refs/heads/main",
            repository = new { clone_url = repository, full_name = "acme/" + Path.GetFileName(repository.TrimEnd('/')) },
        });
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(WebhookSecret), Encoding.UTF8.GetBytes(payload)));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseAddress, "webhooks/github"))
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Hub-Signature-256", "sha256=" + signature);
        request.Headers.Add("X-GitHub-Event", "push");
        using var response = await Admin.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Process.DisposeAsync();
    }
}
