using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GitOpsGateway.Benchmarks.PushToServed;

/// <summary>A signed GitHub push webhook for the bare repository a control plane watches (<see cref="ControlPlaneProcess"/>).</summary>
internal sealed class GitHubWebhook(HttpClient client, Uri controlPlane, string repository)
{
    /// <summary>Sends the webhook and returns the control plane's answer (202 Accepted when it took it).</summary>
    public async Task<HttpStatusCode> SendAsync(CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Serialize(new
        {
            @ref = "refs/heads/main",
            repository = new { clone_url = repository, full_name = "acme/" + Path.GetFileName(repository.TrimEnd('/')) },
        });
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(ControlPlaneProcess.WebhookSecret), Encoding.UTF8.GetBytes(payload)));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(controlPlane, "webhooks/github"))
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Hub-Signature-256", "sha256=" + signature);
        request.Headers.Add("X-GitHub-Event", "push");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ControlPlaneProcess.AdminToken);
        using var response = await client.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }

    /// <summary>Sends the webhook and throws unless the control plane accepted it.</summary>
    public async Task SendAcceptedAsync(CancellationToken cancellationToken)
    {
        var status = await SendAsync(cancellationToken);
        if (status != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"The webhook was answered {(int)status}.");
        }
    }
}
