using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using GitOpsGateway.Testing.Processes;
using Xunit;

namespace GitOpsGateway.Testing.Cluster;

/// <summary>The real <c>gitops-gateway control-plane</c> executable on a free port, its own state folder, and clients for its HTTP API.</summary>
public sealed class ControlPlaneProcess : IAsyncDisposable
{
    /// <summary>Answers carry manifests as deep as the loader accepts (64 levels) inside levels of their own.</summary>
    public static JsonDocumentOptions AnswerDocument { get; } = new() { MaxDepth = 256 };

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private ControlPlaneProcess(ProjectProcess process, Uri baseAddress, string stateDirectory)
    {
        Process = process;
        BaseAddress = baseAddress;
        StateDirectory = stateDirectory;
        Admin = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ControlPlaneOptions.AdminToken);
        Anonymous = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public ProjectProcess Process { get; }

    public Uri BaseAddress { get; }

    public string StateDirectory { get; }

    /// <summary>Sends the admin bearer token.</summary>
    public HttpClient Admin { get; }

    public HttpClient Anonymous { get; }

    /// <param name="answeringAt">The path that must answer 2xx before the process counts as started: <c>/healthz</c>
    /// for a process that is expected to start without its database.</param>
    public static async Task<ControlPlaneProcess> StartAsync(ControlPlaneOptions options, string? stateDirectory = null, string answeringAt = "/readyz")
    {
        var controlPlane = Launch(options, stateDirectory);
        try
        {
            await controlPlane.Process.WaitForHttpAsync(new Uri(controlPlane.BaseAddress, answeringAt), StartTimeout, TestContext.Current.CancellationToken);
            return controlPlane;
        }
        catch
        {
            await controlPlane.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the executable without waiting for it to answer (for a process expected to exit by itself).</summary>
    public static ControlPlaneProcess Launch(ControlPlaneOptions options, string? stateDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var state = stateDirectory ?? Directory.CreateTempSubdirectory("gitops-gateway-state-").FullName;
        var baseAddress = new Uri($"http://127.0.0.1:{options.Port ?? FreePort.Next()}");
        var environment = new Dictionary<string, string?>
        {
            ["GITOPS_GATEWAY_DATABASE"] = options.Database,
            ["GITOPS_GATEWAY_ADMINTOKEN"] = ControlPlaneOptions.AdminToken,
            ["GITOPS_GATEWAY_STATEDIRECTORY"] = state,
            ["GITOPS_GATEWAY_SOURCES__0__NAME"] = ControlPlaneOptions.SourceName,
            ["GITOPS_GATEWAY_SOURCES__0__REPOSITORY"] = options.Repository,
            ["GITOPS_GATEWAY_SOURCES__0__FOLDER"] = options.Folder,
            ["GITOPS_GATEWAY_SOURCES__0__POLLINTERVAL"] = options.PollInterval.ToString("c", CultureInfo.InvariantCulture),
            ["GITOPS_GATEWAY_LEADERSHIP__RETRYINTERVAL"] = "00:00:00.500",
        };
        foreach (var (key, value) in options.Settings)
        {
            environment["GITOPS_GATEWAY_" + key] = value;
        }

        foreach (var (key, value) in options.Environment)
        {
            environment[key] = value;
        }

        var process = ProjectProcess.StartProject(
            "GitOpsGateway.Host",
            ["control-plane", "--urls", baseAddress.ToString()],
            new ProjectProcessOptions { Environment = environment });
        return new ControlPlaneProcess(process, baseAddress, state);
    }

    public async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await Admin.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return response.IsSuccessStatusCode
            ? JsonNode.Parse(text, documentOptions: AnswerDocument)!
            : throw new HttpRequestException($"GET {path}: {(int)response.StatusCode} {text}", null, response.StatusCode);
    }

    public async Task<JsonObject> SourceAsync() =>
        (await GetJsonAsync("/api/v1/sources")).AsArray().Single(source => (string?)source!["name"] == ControlPlaneOptions.SourceName)!.AsObject();

    /// <summary>Waits until the source's last ingested commit is <paramref name="sha"/>.</summary>
    public Task WaitForIngestedAsync(string sha, TimeSpan? timeout = null) =>
        Eventually.WaitForAsync(async () => (string?)(await SourceAsync())["lastIngestedSha"] == sha, $"{sha} to be ingested", timeout);

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        Anonymous.Dispose();
        await Process.DisposeAsync();
    }

    /// <summary>Deletes the state folder too: call once no process uses it any more.</summary>
    public void DeleteState()
    {
        if (Directory.Exists(StateDirectory))
        {
            Directory.Delete(StateDirectory, recursive: true);
        }
    }
}
