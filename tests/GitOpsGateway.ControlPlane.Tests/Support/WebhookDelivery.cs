using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GitOpsGateway.ControlPlane.Tests.Support;

/// <summary>Builds push deliveries the way GitHub, GitLab and Gitea send them.</summary>
internal static class WebhookDelivery
{
    public const string GitHubSecret = "github-secret";
    public const string GitLabToken = "gitlab-token";
    public const string GiteaSecret = "gitea-secret";

    public static IReadOnlyDictionary<string, string> Secrets { get; } = new Dictionary<string, string>
    {
        ["WEBHOOKS__GITHUBSECRET"] = GitHubSecret,
        ["WEBHOOKS__GITLABTOKEN"] = GitLabToken,
        ["WEBHOOKS__GITEASECRET"] = GiteaSecret,
    };

    public static string PushPayload(string repositoryUrl, string branch = "main") => JsonSerializer.Serialize(new
    {
        @ref = "refs/heads/" + branch,
        repository = new { clone_url = repositoryUrl, full_name = "acme/" + Path.GetFileName(repositoryUrl.TrimEnd('/')) },
    });

    public static HttpRequestMessage GitHub(string payload, string secret = GitHubSecret) =>
        Request("/webhooks/github", payload, "X-Hub-Signature-256", "sha256=" + Hmac(secret, payload));

    public static HttpRequestMessage GitLab(string payload, string token = GitLabToken) =>
        Request("/webhooks/gitlab", payload, "X-Gitlab-Token", token);

    public static HttpRequestMessage Gitea(string payload, string secret = GiteaSecret) =>
        Request("/webhooks/gitea", payload, "X-Gitea-Signature", Hmac(secret, payload));

    private static string Hmac(string secret, string payload) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload)));

    private static HttpRequestMessage Request(string path, string payload, string header, string value)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(header, value);
        return request;
    }
}
